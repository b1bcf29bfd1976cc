# Shared settings for every LTC Desk target: warnings (zero tolerated), UTF-8 sources.
function(ltc_target_defaults target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-)
    if(LTC_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
      -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(LTC_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE LTC_VERSION="${PROJECT_VERSION}" QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# The layers — core < database < a module's domain < SDK < a module's screens < shell — are what
# the targets link; this checks the direct links at configure time, so a shortcut (a screen
# linking the store, a domain linking widgets, one module linking another) fails the build
# instead of growing quietly.
function(ltc_forbid_links target)
  get_target_property(links ${target} LINK_LIBRARIES)
  foreach(link IN LISTS links)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
    if(link IN_LIST ARGN)
      message(FATAL_ERROR "${target} may not link ${link}: the layers are core < database < a module's "
        "domain < SDK < a module's screens < shell (cmake/LtcTargets.cmake)")
    endif()
  endforeach()
endfunction()

# ltc_check_layers(<module id>...): the layers of core, database, SDK, the CLI library and the
# given modules (the products' LTC_MODULES; the tests check theirs again with LTC_TEST_MODULES).
function(ltc_check_layers)
  set(domains "")
  set(screens "")
  foreach(module IN LISTS ARGN)
    list(APPEND domains ltc_${module}_domain)
    list(APPEND screens ltc_${module})
  endforeach()
  ltc_forbid_links(ltc_core ltc_database ltc_store ltc_sdk ltc_shell ${domains} ${screens})
  ltc_forbid_links(ltc_database ltc_store ltc_sdk ltc_shell ${domains} ${screens})
  # The store and the shell name no module: each program's registration links them
  # (ltc_register_modules).
  ltc_forbid_links(ltc_store ltc_sdk ltc_shell ${domains} ${screens})
  ltc_forbid_links(ltc_shell ${domains} ${screens})
  ltc_forbid_links(ltc_sdk ltc_store ltc_shell ${domains} ${screens})
  foreach(module IN LISTS ARGN)
    set(others ${domains} ${screens})
    list(REMOVE_ITEM others ltc_${module}_domain ltc_${module})
    ltc_forbid_links(ltc_${module}_domain ltc_store ltc_sdk ltc_shell Qt6::Widgets ${screens} ${others})
    # A module's screens reach the store only through the SDK's context and their own domain.
    ltc_forbid_links(ltc_${module} ltc_database ltc_store ltc_shell ${others})
    # A module's ltcctl verbs (its cli part) stand on the store and ltc_cli, beside the screens:
    # no widgets, no other module.
    if(TARGET ltc_${module}_cli)
      ltc_forbid_links(ltc_${module}_cli ltc_sdk ltc_shell Qt6::Widgets ${screens} ${others})
    endif()
  endforeach()
  ltc_forbid_links(ltc_cli ltc_sdk ltc_shell Qt6::Widgets ${domains} ${screens})
  # The document writers every domain may link stand on core alone.
  ltc_forbid_links(ltc_output ltc_database ltc_store ltc_sdk ltc_shell Qt6::Widgets ${domains} ${screens})
endfunction()

# ltc_register_modules(<target> [SCREENS] [VERBS] MODULES <module id>...)
# Wires modules into one program, in the order given (the navigation order): generates its
# registration and links the modules' libraries, so that the store, the shell and ltcctl name no
# module and each program chooses its own — the products LTC_MODULES, the test programs
# LTC_MODULES plus LTC_TEST_MODULES.
#   always   registerBuiltinDomains(): core, then each module's register_<id>_domain (ltc_<id>_domain)
#   SCREENS  importBuiltinModulePlugins(): Q_IMPORT_PLUGIN of each module's screens (ltc_<id>), for
#            programs that link the shell
#   VERBS    registerBuiltinVerbs(): register_<id>_cli of each module with a cli part
#            (ltc_<id>_cli), for ltcctl
function(ltc_register_modules target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "SCREENS;VERBS" "" "MODULES")
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/${target}_modules)
  set(LTC_DOMAIN_DECLS "")
  set(LTC_DOMAIN_CALLS "")
  set(LTC_PLUGIN_IMPORTS "")
  set(LTC_VERB_DECLS "")
  set(LTC_VERB_CALLS "")
  foreach(module IN LISTS arg_MODULES)
    string(APPEND LTC_DOMAIN_DECLS "void register_${module}_domain(DomainRegistry &registry);\n")
    string(APPEND LTC_DOMAIN_CALLS "    register_${module}_domain(registry);\n")
    target_link_libraries(${target} PRIVATE ltc_${module}_domain)
    if(arg_SCREENS)
      get_target_property(plugin_class ltc_${module} QT_PLUGIN_CLASS_NAME)
      if(NOT plugin_class)
        message(FATAL_ERROR "${target}: module ${module} has no screens plugin ltc_${module} (ltc_add_module)")
      endif()
      string(APPEND LTC_PLUGIN_IMPORTS "Q_IMPORT_PLUGIN(${plugin_class})\n")
      target_link_libraries(${target} PRIVATE ltc_${module})
    endif()
    if(arg_VERBS AND TARGET ltc_${module}_cli)
      string(APPEND LTC_VERB_DECLS "void register_${module}_cli(DomainRegistry &registry);\n")
      string(APPEND LTC_VERB_CALLS "    register_${module}_cli(registry);\n")
      target_link_libraries(${target} PRIVATE ltc_${module}_cli)
    endif()
  endforeach()
  configure_file(${PROJECT_SOURCE_DIR}/database/builtindomains.cpp.in ${generated}/builtindomains.cpp @ONLY)
  target_sources(${target} PRIVATE ${generated}/builtindomains.cpp)
  if(arg_SCREENS)
    configure_file(${PROJECT_SOURCE_DIR}/app/shell/builtinplugins.cpp.in ${generated}/builtinplugins.cpp @ONLY)
    target_sources(${target} PRIVATE ${generated}/builtinplugins.cpp)
  endif()
  if(arg_VERBS)
    configure_file(${PROJECT_SOURCE_DIR}/app/ltcctl/builtinverbs.cpp.in ${generated}/builtinverbs.cpp @ONLY)
    target_sources(${target} PRIVATE ${generated}/builtinverbs.cpp)
  endif()
endfunction()

# ltc_add_module(<id> CLASS_NAME <plugin class> DOMAIN <sources>... SCREENS <sources>...
#                [DOMAIN_LIBRARIES <libraries>...] [SCREEN_LIBRARIES <libraries>...])
# A module's two libraries, called from its folder: ltc_<id>_domain (its rules, commands,
# migrations, tables, imports and worklists: QtCore and the store, no widgets; it defines
# register_<id>_domain) and ltc_<id> (its screens, a static Qt plugin on the SDK, with the
# folder's module.json and its icon ui/<id>.svg as :/icons/<id>.svg). A module's further
# libraries (an output library, its ltcctl verbs ltc_<id>_cli) stay in its own CMakeLists.txt.
function(ltc_add_module id)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "CLASS_NAME" "DOMAIN;SCREENS;DOMAIN_LIBRARIES;SCREEN_LIBRARIES")
  add_library(ltc_${id}_domain STATIC ${arg_DOMAIN})
  target_link_libraries(ltc_${id}_domain PUBLIC ltc_database PRIVATE ${arg_DOMAIN_LIBRARIES})
  ltc_target_defaults(ltc_${id}_domain)

  qt_add_plugin(ltc_${id} STATIC CLASS_NAME ${arg_CLASS_NAME})
  target_sources(ltc_${id} PRIVATE module.json ${arg_SCREENS})
  # The screens: the SDK and the module's own libraries, nothing else (the program links the plugin).
  target_link_libraries(ltc_${id} PRIVATE ltc_sdk ltc_${id}_domain Qt6::Widgets ${arg_SCREEN_LIBRARIES})
  ltc_target_defaults(ltc_${id})
  qt_add_resources(ltc_${id} "ltc_${id}_icon" PREFIX "/icons" BASE ui FILES ui/${id}.svg)
endfunction()

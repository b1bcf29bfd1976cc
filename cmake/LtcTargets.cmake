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

function(ltc_check_layers)
  set(domains "")
  set(screens "")
  foreach(module IN LISTS LTC_MODULES)
    list(APPEND domains ltc_${module}_domain)
    list(APPEND screens ltc_${module})
  endforeach()
  ltc_forbid_links(ltc_core ltc_database ltc_store ltc_sdk ltc_shell ${domains} ${screens})
  ltc_forbid_links(ltc_database ltc_store ltc_sdk ltc_shell ${domains} ${screens})
  ltc_forbid_links(ltc_sdk ltc_store ltc_shell ${domains} ${screens})
  foreach(module IN LISTS LTC_MODULES)
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
endfunction()

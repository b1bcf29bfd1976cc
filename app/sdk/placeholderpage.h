#pragma once
// The page a module shows until its own screens exist: its title, icon and a short note of what
// it will hold. Kept here so five modules do not each write the same widget.
#include <QIcon>
#include <QWidget>

namespace ltc {

class ModuleContext;
class ModulePlugin;

class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent = nullptr);
    // The placeholder of `module`: its icon and its declared title (translated), and `description`.
    PlaceholderPage(ModuleContext &context, const ModulePlugin &module, const QString &description,
                    QWidget *parent = nullptr);
};

} // namespace ltc

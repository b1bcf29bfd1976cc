#pragma once
// The inspections screen: the worklist of inspections (the SDK's lazy SQL model, read through
// the context's read-only connection), narrowed by finding, refreshed after every change.
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ltc {
class ModuleContext;
namespace sdk {
class SqlPageModel;
}

namespace inspection::ui {

class InspectionsPage : public QWidget {
    Q_OBJECT
public:
    InspectionsPage(ModuleContext &context, QWidget *parent = nullptr);
    sdk::SqlPageModel &model() { return *m_model; }

private:
    void query();  // the worklist for the finding chosen
    void showTotal(qint64 total);

    sdk::SqlPageModel *m_model;
    QComboBox *m_finding;
    QLabel *m_total;
    QTableView *m_view;
};

} // namespace inspection::ui
} // namespace ltc

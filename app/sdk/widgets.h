#pragma once
// The building blocks every module's screens share, so that five modules' tables, filters and
// dialogs look and behave alike: a worklist table, a column menu on its header, filter combo
// boxes that name their filter, a small table of figures, and the parts of a dialog (a heading,
// a problem line, OK/Cancel in the user's language, a size that fits the screen).
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QTableView;
class QTableWidget;
class QWidget;

namespace ltc::sdk {

// A table of a worklist: whole rows selected one at a time, alternating rows, no row numbers,
// columns the user may move; `name` is its object name (its header state is kept under it).
QTableView *worklistView(const QString &name, QWidget *parent);
// Right-click on the header: tick the columns to show (kept with the header's state).
void addColumnMenu(QTableView *view);
void setColumnWidths(QTableView *view, const QList<int> &widths);

// A filter combo box that names its filter in its first item ("all reasons") instead of a
// label, so a filter bar fits a laptop at 150 %; `tip` says what it filters. Sized by a number
// of characters, not by its longest entry.
QComboBox *filterCombo(const QString &name, const QString &tip, int characters, QWidget *parent);

// A read-only table of a few rows of figures: first column labels, figures right-aligned,
// negative ones in the negative ink.
QTableWidget *smallTable(const QStringList &columns, const QList<QStringList> &rows, QWidget *parent);

// A bold heading for the top of a dialog.
QLabel *headingLabel(const QString &text, QWidget *parent);
// A line in red that says why OK did not close the dialog; hidden until showProblem.
QLabel *problemLabel(QWidget *parent);
void showProblem(QLabel *label, const QString &text);  // empty text hides it
// OK (named `okText`) and Cancel, wired to accept and reject.
QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText);
// A roomy size for a list dialog, never larger than the screen it opens on (150 % laptops).
void resizeWithin(QWidget *dialog, QSize wanted);

} // namespace ltc::sdk

#pragma once
// The dialogs every module shows: an import's outcome and a required reason. Each shows what the
// user needs and hands back the answer; none writes anything.
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace ltc {
struct ImportReport;
}

namespace ltc::sdk {

// An import's outcome: rows and encoding, or every problem as FILE:LINE: column: message, with a
// button that copies them all (to send back to whoever made the file).
class ImportResultDialog : public QDialog {
    Q_OBJECT
public:
    ImportResultDialog(const QString &path, const ImportReport &report, QWidget *parent = nullptr);
};

// A reason in words that may not be empty.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);
    QString reason() const;
    void accept() override;

private:
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

} // namespace ltc::sdk

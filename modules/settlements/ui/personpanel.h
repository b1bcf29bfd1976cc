#pragma once
// Beside the selected claim line: the line itself, the person (citizen ID masked), their
// conclusions, hospital stays and every line claimed for them this month — what a reviewer
// looks up before accepting or overriding a result.
#include "settlements/domain/settlementviews.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ltc::settlement::ui {

class PersonPanel : public QWidget {
    Q_OBJECT
public:
    explicit PersonPanel(QWidget *parent = nullptr);
    void showLine(const LineRow &row, const std::optional<PersonContext> &person,
                  const QHash<QString, QString> &formNames);
    void clear();
    QString text() const;  // the panel as plain text (tests)

private:
    QLabel *m_title;
    QTextBrowser *m_body;
};

} // namespace ltc::settlement::ui

#pragma once
// The agreements module's printed documents, in Chinese as the office issues them (HTML for
// print preview and PDF): the one-time notice of missing materials (一次性告知书), the review
// result, the publication of the passed list (公示名单) and the designated list (定点机构名单:
// name, address, phone, service types), which also goes out as xlsx.
#include "agreements/domain/agreementreads.h"

#include <QHash>
#include <QString>

namespace ltc::agreements {

struct NoticeHeader {
    QString office;   // the issuing office, where the seal goes
    QDate issuedOn;
};

QString materialsNoticeTitle();
QString reviewNoticeTitle();
QString publicationListTitle();
QString designatedListTitle();

QString materialsNoticeHtml(const NoticeHeader &header, const Designation &designation);
QString reviewNoticeHtml(const NoticeHeader &header, const Designation &designation);
// `formNames`: service form code → name (serviceFormNames()); a code without a name is shown as is.
QString publicationListHtml(const NoticeHeader &header, const QList<InstitutionRow> &rows,
                            const QList<Designation> &designations, const QHash<QString, QString> &formNames);
QString designatedListHtml(const NoticeHeader &header, const QList<InstitutionRow> &rows,
                           const QHash<QString, QString> &formNames);
// The designated list as a workbook of one sheet; false with the reason in *error.
bool writeDesignatedListXlsx(const QString &path, const QList<InstitutionRow> &rows,
                             const QHash<QString, QString> &formNames, QString *error);

} // namespace ltc::agreements

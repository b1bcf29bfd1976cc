#include "settlements/domain/settlementexport.h"
#include "core/csv.h"
#include "core/tr.h"
#include "database/sql.h"
#include "output/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>

namespace ltc::settlement {
namespace {

void writeLinesSheet(output::XlsxWorkbook &book, const QList<SettledLine> &lines)
{
    lxw_worksheet *sheet = book.addSheet(Tr::tr("Lines"));
    lxw_format *money = book.money();
    output::writeTexts(sheet, 0, {QStringLiteral("claim_no"), QStringLiteral("line_no"), QStringLiteral("person_no"),
                        QStringLiteral("institution_code"), QStringLiteral("claimed"), QStringLiteral("allowed"),
                        QStringLiteral("deducted"), QStringLiteral("fund"), QStringLiteral("personal"),
                        QStringLiteral("deposit"), QStringLiteral("reasons"), QStringLiteral("audited_allowed"),
                        QStringLiteral("review"), QStringLiteral("review_reason")},
                       book.bold());
    lxw_row_t row = 1;
    for (const SettledLine &line : lines) {
        const LineResult &r = line.paid;
        worksheet_write_string(sheet, row, 0, r.claimNo.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row, 1, r.lineNo, nullptr);
        worksheet_write_string(sheet, row, 2, r.personNo.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 3, r.institutionCode.toUtf8().constData(), nullptr);
        const Fen amounts[] = {r.claimed, r.allowed, r.deducted, r.fund, r.personal, r.deposit};
        for (int i = 0; i < 6; ++i)
            output::writeYuan(sheet, int(row), 4 + i, amounts[i], money);
        worksheet_write_string(sheet, row, 10, r.reasons.join(QLatin1Char('|')).toUtf8().constData(), nullptr);
        output::writeYuan(sheet, int(row), 11, line.auditedAllowed, money);
        if (!line.decision.isEmpty())
            worksheet_write_string(sheet, row, 12, line.decision.toUtf8().constData(), nullptr);
        if (!line.reviewReason.isEmpty())
            worksheet_write_string(sheet, row, 13, line.reviewReason.toUtf8().constData(), nullptr);
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 0, 3, 16, nullptr);
    worksheet_set_column(sheet, 4, 9, 13, nullptr);
    worksheet_set_column(sheet, 11, 11, 13, nullptr);
}

void writeTotalsSheet(output::XlsxWorkbook &book, const QString &period, const QList<InstitutionTotals> &totals)
{
    lxw_worksheet *sheet = book.addSheet(Tr::tr("Institution totals"));
    lxw_format *money = book.money();
    output::writeTexts(sheet, 0, {Tr::tr("Settlement period %1").arg(period)}, book.bold());
    const QStringList titles{Tr::tr("Institution code"), Tr::tr("Institution"), Tr::tr("Lines"),   Tr::tr("Claimed"),
                             Tr::tr("Allowed"),          Tr::tr("Deducted"),    Tr::tr("Fund"),    Tr::tr("Personal"),
                             Tr::tr("Deposit withheld"), Tr::tr("Payable"),     Tr::tr("Liquidated damages deducted"),
                             Tr::tr("Amount paid")};
    output::writeTexts(sheet, 2, titles, book.bold());
    lxw_row_t row = 3;
    for (const InstitutionTotals &t : totals) {
        worksheet_write_string(sheet, row, 0, t.code.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row, 1, t.name.toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, row, 2, double(t.lines), nullptr);
        const Fen amounts[] = {t.claimed, t.allowed, t.deducted, t.fund, t.personal, t.deposit, t.payable()};
        for (int i = 0; i < 7; ++i)
            output::writeYuan(sheet, int(row), 3 + i, amounts[i], money);
        // Left empty while the month is not paid: nothing was deducted or paid yet.
        if (t.paid) {
            output::writeYuan(sheet, int(row), 10, t.damagesDeducted.value_or(0), money);
            output::writeYuan(sheet, int(row), 11, *t.paid, money);
        }
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 16, nullptr);
    worksheet_set_column(sheet, 1, 1, 32, nullptr);
    worksheet_set_column(sheet, 3, 11, 14, nullptr);
}
void addLine(InstitutionTotals &t, const LineResult &r, const QHash<QString, QString> &names)
{
    if (t.code.isEmpty()) {
        t.code = r.institutionCode;
        t.name = names.value(r.institutionCode);
    }
    ++t.lines;
    t.claimed += r.claimed;
    t.allowed += r.allowed;
    t.deducted += r.deducted;
    t.fund += r.fund;
    t.personal += r.personal;
    t.deposit += r.deposit;
}
} // namespace

QList<InstitutionTotals> totalsByInstitution(const QList<LineResult> &results, const QHash<QString, QString> &names)
{
    QMap<QString, InstitutionTotals> byCode;
    for (const LineResult &r : results)
        addLine(byCode[r.institutionCode], r, names);
    return byCode.values();
}

QList<InstitutionTotals> totalsByInstitution(const QList<SettledLine> &lines, const QHash<QString, QString> &names)
{
    QMap<QString, InstitutionTotals> byCode;
    for (const SettledLine &line : lines)
        addLine(byCode[line.paid.institutionCode], line.paid, names);
    return byCode.values();
}

void addPayments(QSqlDatabase &db, const QString &period, QList<InstitutionTotals> &totals)
{
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT institution_code, damages_fen, paid_fen FROM settlement_batches WHERE "
                                          "period = ? AND status = 'paid'"),
                           {period});
    QHash<QString, std::pair<Fen, Fen>> paid;  // code → damages, paid
    while (q.next())
        paid.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    for (InstitutionTotals &t : totals) {
        if (const auto it = paid.constFind(t.code); it != paid.cend()) {
            t.damagesDeducted = it->first;
            t.paid = it->second;
        }
    }
}

QList<QPair<QString, Fen>> deductionsByReason(const QList<SettledLine> &lines)
{
    QMap<QString, Fen> byReason;
    Fen reviewAdjustment = 0;
    for (const SettledLine &line : lines) {
        const Fen audited = line.paid.claimed - line.auditedAllowed;
        for (const QString &code : line.paid.reasons)
            byReason[code] += audited;
        reviewAdjustment += line.auditedAllowed - line.paid.allowed;
    }
    QList<QPair<QString, Fen>> list;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        list.append({it.key(), it.value()});
    if (reviewAdjustment != 0)
        list.append({kReviewAdjustment, reviewAdjustment});
    return list;
}

bool writeResultsCsv(const QString &path, const QList<SettledLine> &lines, QString *error,
                     const QList<InstitutionTotals> &paidTotals)
{
    QHash<QString, const InstitutionTotals *> byCode;
    for (const InstitutionTotals &t : paidTotals)
        byCode.insert(t.code, &t);
    // The institution's figures, not the line's: empty while its month is not paid.
    const auto payment = [&](const QString &code) {
        const InstitutionTotals *t = byCode.value(code);
        return t && t->paid ? formatYuan(t->damagesDeducted.value_or(0)) + u',' + formatYuan(*t->paid) : QStringLiteral(",");
    };
    QSaveFile file(path);  // all or nothing: a failed export leaves no half-written file
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "claim_no,line_no,person_no,institution_code,claimed,allowed,deducted,fund,personal,deposit,reasons,"
           "audited_allowed,review,review_reason,institution_damages_deducted,institution_paid\n";
    for (const SettledLine &line : lines) {
        const LineResult &r = line.paid;
        out << csvField(r.claimNo) << ',' << r.lineNo << ',' << csvField(r.personNo) << ','
            << csvField(r.institutionCode) << ',' << formatYuan(r.claimed) << ',' << formatYuan(r.allowed) << ','
            << formatYuan(r.deducted) << ',' << formatYuan(r.fund) << ',' << formatYuan(r.personal) << ','
            << formatYuan(r.deposit) << ',' << r.reasons.join(QLatin1Char('|')) << ','
            << formatYuan(line.auditedAllowed) << ',' << line.decision << ',' << csvField(line.reviewReason) << ','
            << payment(r.institutionCode) << '\n';
    }
    out.flush();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool writeResultsXlsx(const QString &path, const QString &period, const QList<SettledLine> &lines,
                      const QList<InstitutionTotals> &totals, QString *error)
{
    output::XlsxWorkbook book(path);
    if (book.isOpen()) {
        writeTotalsSheet(book, period, totals);
        writeLinesSheet(book, lines);
    }
    return book.close(error);
}

} // namespace ltc::settlement

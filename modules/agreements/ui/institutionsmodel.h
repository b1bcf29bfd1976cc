#pragma once
// The institution list as the page shows it: pages of rows fetched as the view scrolls, the
// filters done by SQL (agreementreads.h), the count on a worker thread. An agreement run out
// without a successor in the negative ink, one expiring within 60 days in bold, a terminated one
// or an applicant without an agreement muted.
#include "agreements/domain/agreementreads.h"
#include "sdk/sqlpagemodel.h"

namespace ltc::agreements::ui {

enum class InstitutionColumn { Code, Name, Kind, Grade, District, Status, Until, Suspended, Designation, Phone, Count };

class InstitutionsModel : public sdk::SqlPageModelOf<InstitutionRow> {
    Q_OBJECT
public:
    explicit InstitutionsModel(const ReadAccess &reads, QObject *parent = nullptr);

    void setFilter(const InstitutionFilter &filter, QDate today);
    const InstitutionFilter &filter() const { return m_filter; }
    int rowOf(const QString &code) const;  // among the rows fetched; -1 when not there

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // By a column in SQL, from the first page again (-1: the list's default order).
    void sort(int column, Qt::SortOrder order) override;
    const InstitutionSort &sortOrder() const { return m_sort; }

protected:
    QList<InstitutionRow> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) override;
    Count count() const override;

private:
    QVariant display(const InstitutionRow &row, InstitutionColumn column) const;
    InstitutionFilter m_filter;
    InstitutionSort m_sort;
    QDate m_today;
};

} // namespace ltc::agreements::ui

#pragma once
// The form of each designation step and term action, over the one CommandDialog: the fields
// each command takes, with the defaults an officer would type (today, a year's term, the
// service forms registered). The page opens them through Prompts::submit.
#include "agreements/domain/agreementreads.h"
#include "agreements/ui/commanddialog.h"
#include "core/records.h"

#include <memory>

namespace ltc::agreements::ui {

using Dialog = std::unique_ptr<CommandDialog>;

// ---- designation ----
Dialog applyDialog(ModuleContext &context, QWidget *parent, QDate today, const QString &existingCode = {});
Dialog requestMaterialsDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog receiveMaterialsDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog refuseDialog(ModuleContext &context, QWidget *parent, const Designation &d);
Dialog formalCheckDialog(ModuleContext &context, QWidget *parent, const Designation &d);
Dialog reviewDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog secondReviewDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog publishDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog objectionDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);
Dialog negotiationDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today);

// ---- the term ----
// A first agreement (concluding a designation in negotiation) or a renewal after `lastDay`.
Dialog signDialog(ModuleContext &context, QWidget *parent, const InstitutionRow &institution, QDate today);
Dialog endDialog(ModuleContext &context, QWidget *parent, const QList<AgreementEntry> &agreements, QDate today);
Dialog filingDialog(ModuleContext &context, QWidget *parent, const QList<AgreementEntry> &agreements, QDate today);
Dialog suspendDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today);
Dialog scoreDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today);
Dialog violationDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today);
Dialog staffSuspendDialog(ModuleContext &context, QWidget *parent, const QList<StaffRecord> &staff, QDate today);
Dialog staffBarDialog(ModuleContext &context, QWidget *parent, const QList<StaffRecord> &staff, QDate today);
Dialog representativeBarDialog(ModuleContext &context, QWidget *parent, const InstitutionProfile &profile, QDate today);
Dialog profileDialog(ModuleContext &context, QWidget *parent, const InstitutionProfile &profile);

} // namespace ltc::agreements::ui

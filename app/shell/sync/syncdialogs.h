#pragma once
// The sync dialogs: where the server is and who signs in; and the conflicts list — commands the
// server refused, with what it said — from which unsent work can be exported.
#include "synccontroller.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace ltc {

class ServerSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ServerSettingsDialog(SyncController &controller, QWidget *parent = nullptr);

private:
    void accept() override;
    SyncController &m_controller;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_remember = nullptr;
    QSpinBox *m_interval = nullptr;
};

class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(SyncController &controller, QWidget *parent = nullptr);
    int rowCount() const;

private:
    void exportPending();
    SyncController &m_controller;
    QTableWidget *m_table = nullptr;
};

} // namespace ltc

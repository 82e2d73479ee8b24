# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'api_tokens_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ApiTokensDialog(object):
    def setupUi(self, ApiTokensDialog):
        if not ApiTokensDialog.objectName():
            ApiTokensDialog.setObjectName(u"ApiTokensDialog")
        ApiTokensDialog.resize(640, 480)
        self.dialog_layout = QVBoxLayout(ApiTokensDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.message_label = QLabel(ApiTokensDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.tokens_table = QTableWidget(ApiTokensDialog)
        if (self.tokens_table.columnCount() < 4):
            self.tokens_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.tokens_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tokens_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tokens_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tokens_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.tokens_table.setObjectName(u"tokens_table")
        self.tokens_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tokens_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tokens_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tokens_table.setColumnCount(4)
        self.tokens_table.horizontalHeader().setStretchLastSection(True)
        self.tokens_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.tokens_table)

        self.table_buttons_layout = QHBoxLayout()
        self.table_buttons_layout.setObjectName(u"table_buttons_layout")
        self.table_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.table_buttons_layout.addItem(self.table_buttons_spacer)

        self.refresh_button = QPushButton(ApiTokensDialog)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.table_buttons_layout.addWidget(self.refresh_button)

        self.revoke_button = QPushButton(ApiTokensDialog)
        self.revoke_button.setObjectName(u"revoke_button")
        self.revoke_button.setAutoDefault(False)

        self.table_buttons_layout.addWidget(self.revoke_button)


        self.dialog_layout.addLayout(self.table_buttons_layout)

        self.new_group = QGroupBox(ApiTokensDialog)
        self.new_group.setObjectName(u"new_group")
        self.new_layout = QFormLayout(self.new_group)
        self.new_layout.setObjectName(u"new_layout")
        self.name_label = QLabel(self.new_group)
        self.name_label.setObjectName(u"name_label")

        self.new_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.new_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(80)

        self.new_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(self.new_group)
        self.role_label.setObjectName(u"role_label")

        self.new_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.new_group)
        self.role_combo.setObjectName(u"role_combo")

        self.new_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.create_button = QPushButton(self.new_group)
        self.create_button.setObjectName(u"create_button")
        self.create_button.setAutoDefault(False)

        self.new_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.create_button)


        self.dialog_layout.addWidget(self.new_group)

        self.token_frame = QFrame(ApiTokensDialog)
        self.token_frame.setObjectName(u"token_frame")
        self.token_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.token_layout = QVBoxLayout(self.token_frame)
        self.token_layout.setObjectName(u"token_layout")
        self.token_warning_label = QLabel(self.token_frame)
        self.token_warning_label.setObjectName(u"token_warning_label")
        self.token_warning_label.setWordWrap(True)

        self.token_layout.addWidget(self.token_warning_label)

        self.token_row_layout = QHBoxLayout()
        self.token_row_layout.setObjectName(u"token_row_layout")
        self.token_edit = QLineEdit(self.token_frame)
        self.token_edit.setObjectName(u"token_edit")
        self.token_edit.setReadOnly(True)

        self.token_row_layout.addWidget(self.token_edit)

        self.copy_token_button = QPushButton(self.token_frame)
        self.copy_token_button.setObjectName(u"copy_token_button")
        self.copy_token_button.setAutoDefault(False)

        self.token_row_layout.addWidget(self.copy_token_button)

        self.token_done_button = QPushButton(self.token_frame)
        self.token_done_button.setObjectName(u"token_done_button")
        self.token_done_button.setAutoDefault(False)

        self.token_row_layout.addWidget(self.token_done_button)


        self.token_layout.addLayout(self.token_row_layout)


        self.dialog_layout.addWidget(self.token_frame)

        self.button_box = QDialogButtonBox(ApiTokensDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApiTokensDialog)

        QMetaObject.connectSlotsByName(ApiTokensDialog)
    # setupUi

    def retranslateUi(self, ApiTokensDialog):
        ApiTokensDialog.setWindowTitle(QCoreApplication.translate("ApiTokensDialog", u"API Tokens", None))
        ___qtablewidgetitem = self.tokens_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ApiTokensDialog", u"Name", None))
        ___qtablewidgetitem1 = self.tokens_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ApiTokensDialog", u"Role", None))
        ___qtablewidgetitem2 = self.tokens_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ApiTokensDialog", u"Created", None))
        ___qtablewidgetitem3 = self.tokens_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ApiTokensDialog", u"Revoked", None))
        self.refresh_button.setText(QCoreApplication.translate("ApiTokensDialog", u"&Refresh", None))
        self.revoke_button.setText(QCoreApplication.translate("ApiTokensDialog", u"Re&voke\u2026", None))
        self.new_group.setTitle(QCoreApplication.translate("ApiTokensDialog", u"New token", None))
        self.name_label.setText(QCoreApplication.translate("ApiTokensDialog", u"&Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ApiTokensDialog", u"web form", None))
        self.role_label.setText(QCoreApplication.translate("ApiTokensDialog", u"R&ole", None))
        self.create_button.setText(QCoreApplication.translate("ApiTokensDialog", u"&Create token", None))
        self.token_warning_label.setText(QCoreApplication.translate("ApiTokensDialog", u"Copy this token now: it is shown only this once. Only a hash of it is kept, so it cannot be shown again \u2014 if it is lost, revoke it and create another.", None))
        self.copy_token_button.setText(QCoreApplication.translate("ApiTokensDialog", u"C&opy", None))
        self.token_done_button.setText(QCoreApplication.translate("ApiTokensDialog", u"I have &saved it", None))
    # retranslateUi


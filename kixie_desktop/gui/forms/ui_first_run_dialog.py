# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.setMinimumSize(QSize(520, 0))
        self.main_layout = QVBoxLayout(FirstRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(FirstRunDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.workspace_name_label = QLabel(FirstRunDialog)
        self.workspace_name_label.setObjectName(u"workspace_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workspace_name_label)

        self.workspace_name_box = QVBoxLayout()
        self.workspace_name_box.setObjectName(u"workspace_name_box")
        self.workspace_name_edit = QLineEdit(FirstRunDialog)
        self.workspace_name_edit.setObjectName(u"workspace_name_edit")

        self.workspace_name_box.addWidget(self.workspace_name_edit)

        self.workspace_name_error = QLabel(FirstRunDialog)
        self.workspace_name_error.setObjectName(u"workspace_name_error")

        self.workspace_name_box.addWidget(self.workspace_name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.workspace_name_box)

        self.time_zone_label = QLabel(FirstRunDialog)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_box = QVBoxLayout()
        self.time_zone_box.setObjectName(u"time_zone_box")
        self.time_zone_combo = QComboBox(FirstRunDialog)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setEditable(True)

        self.time_zone_box.addWidget(self.time_zone_combo)

        self.time_zone_error = QLabel(FirstRunDialog)
        self.time_zone_error.setObjectName(u"time_zone_error")

        self.time_zone_box.addWidget(self.time_zone_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.time_zone_box)

        self.admin_name_label = QLabel(FirstRunDialog)
        self.admin_name_label.setObjectName(u"admin_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.admin_name_label)

        self.admin_name_box = QVBoxLayout()
        self.admin_name_box.setObjectName(u"admin_name_box")
        self.admin_name_edit = QLineEdit(FirstRunDialog)
        self.admin_name_edit.setObjectName(u"admin_name_edit")

        self.admin_name_box.addWidget(self.admin_name_edit)

        self.admin_name_error = QLabel(FirstRunDialog)
        self.admin_name_error.setObjectName(u"admin_name_error")

        self.admin_name_box.addWidget(self.admin_name_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.admin_name_box)

        self.admin_email_label = QLabel(FirstRunDialog)
        self.admin_email_label.setObjectName(u"admin_email_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.admin_email_label)

        self.admin_email_box = QVBoxLayout()
        self.admin_email_box.setObjectName(u"admin_email_box")
        self.admin_email_edit = QLineEdit(FirstRunDialog)
        self.admin_email_edit.setObjectName(u"admin_email_edit")

        self.admin_email_box.addWidget(self.admin_email_edit)

        self.admin_email_error = QLabel(FirstRunDialog)
        self.admin_email_error.setObjectName(u"admin_email_error")

        self.admin_email_box.addWidget(self.admin_email_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.admin_email_box)


        self.main_layout.addLayout(self.form_layout)

        self.form_error = QLabel(FirstRunDialog)
        self.form_error.setObjectName(u"form_error")

        self.main_layout.addWidget(self.form_error)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.demo_button = QPushButton(FirstRunDialog)
        self.demo_button.setObjectName(u"demo_button")

        self.button_row.addWidget(self.demo_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.quit_button = QPushButton(FirstRunDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.button_row.addWidget(self.quit_button)

        self.create_button = QPushButton(FirstRunDialog)
        self.create_button.setObjectName(u"create_button")

        self.button_row.addWidget(self.create_button)


        self.main_layout.addLayout(self.button_row)

#if QT_CONFIG(shortcut)
        self.workspace_name_label.setBuddy(self.workspace_name_edit)
        self.time_zone_label.setBuddy(self.time_zone_combo)
        self.admin_name_label.setBuddy(self.admin_name_edit)
        self.admin_email_label.setBuddy(self.admin_email_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workspace_name_edit, self.time_zone_combo)
        QWidget.setTabOrder(self.time_zone_combo, self.admin_name_edit)
        QWidget.setTabOrder(self.admin_name_edit, self.admin_email_edit)
        QWidget.setTabOrder(self.admin_email_edit, self.create_button)
        QWidget.setTabOrder(self.create_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.quit_button)

        self.retranslateUi(FirstRunDialog)

        self.create_button.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to Kixie Desktop", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"<h2>Create your workspace</h2><p>A workspace is your business: its cadences, contacts, agents and calls. You will be its first admin, and can add your team once it is set up.</p>", None))
        self.workspace_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"Business name", None))
        self.workspace_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Acme Solar", None))
        self.time_zone_label.setText(QCoreApplication.translate("FirstRunDialog", u"Time zone", None))
#if QT_CONFIG(tooltip)
        self.time_zone_combo.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Your business's time zone: Cadence Hours are read in it", None))
#endif // QT_CONFIG(tooltip)
        self.admin_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"Your name", None))
        self.admin_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. Ada Lovelace", None))
        self.admin_email_label.setText(QCoreApplication.translate("FirstRunDialog", u"Your e-mail", None))
        self.admin_email_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. ada@acme-solar.com", None))
        self.demo_button.setText(QCoreApplication.translate("FirstRunDialog", u"Explore the demo instead", None))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(QCoreApplication.translate("FirstRunDialog", u"A sample business with cadences, agents and leads, to try everything first", None))
#endif // QT_CONFIG(tooltip)
        self.quit_button.setText(QCoreApplication.translate("FirstRunDialog", u"Quit", None))
        self.create_button.setText(QCoreApplication.translate("FirstRunDialog", u"Create workspace", None))
    # retranslateUi


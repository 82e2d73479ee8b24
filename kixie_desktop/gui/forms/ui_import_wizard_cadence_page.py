# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_cadence_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QSizePolicy, QWidget, QWizardPage)

class Ui_ImportCadencePage(object):
    def setupUi(self, ImportCadencePage):
        if not ImportCadencePage.objectName():
            ImportCadencePage.setObjectName(u"ImportCadencePage")
        self.page_layout = QFormLayout(ImportCadencePage)
        self.page_layout.setObjectName(u"page_layout")
        self.cadence_label = QLabel(ImportCadencePage)
        self.cadence_label.setObjectName(u"cadence_label")

        self.page_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cadence_label)

        self.cadence_combo = QComboBox(ImportCadencePage)
        self.cadence_combo.setObjectName(u"cadence_combo")

        self.page_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cadence_combo)

        self.status_label = QLabel(ImportCadencePage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.page_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_label)

#if QT_CONFIG(shortcut)
        self.cadence_label.setBuddy(self.cadence_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportCadencePage)

        QMetaObject.connectSlotsByName(ImportCadencePage)
    # setupUi

    def retranslateUi(self, ImportCadencePage):
        ImportCadencePage.setTitle(QCoreApplication.translate("ImportCadencePage", u"Enroll into a cadence?", None))
        ImportCadencePage.setSubTitle(QCoreApplication.translate("ImportCadencePage", u"Optional. Every imported contact is enrolled; a contact the cadence refuses is still saved and the refusal is reported.", None))
        self.cadence_label.setText(QCoreApplication.translate("ImportCadencePage", u"&Cadence", None))
    # retranslateUi


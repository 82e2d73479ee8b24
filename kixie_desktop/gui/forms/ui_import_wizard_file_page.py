# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.page_layout = QVBoxLayout(ImportFilePage)
        self.page_layout.setObjectName(u"page_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ImportFilePage)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ImportFilePage)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setClearButtonEnabled(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ImportFilePage)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.page_layout.addLayout(self.file_layout)

        self.status_label = QLabel(ImportFilePage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose a CSV file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"Comma, semicolon or tab separated, with a header row. UTF-8 (with or without a BOM) and Excel's CSV formats are read as they are.", None))
        self.file_label.setText(QCoreApplication.translate("ImportFilePage", u"&File", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"/path/to/leads.csv", None))
        self.browse_button.setText(QCoreApplication.translate("ImportFilePage", u"&Browse\u2026", None))
    # retranslateUi


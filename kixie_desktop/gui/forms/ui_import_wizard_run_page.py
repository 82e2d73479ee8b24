# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_run_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QProgressBar, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportRunPage(object):
    def setupUi(self, ImportRunPage):
        if not ImportRunPage.objectName():
            ImportRunPage.setObjectName(u"ImportRunPage")
        self.page_layout = QVBoxLayout(ImportRunPage)
        self.page_layout.setObjectName(u"page_layout")
        self.progress_bar = QProgressBar(ImportRunPage)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.page_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(ImportRunPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ImportRunPage)

        QMetaObject.connectSlotsByName(ImportRunPage)
    # setupUi

    def retranslateUi(self, ImportRunPage):
        ImportRunPage.setTitle(QCoreApplication.translate("ImportRunPage", u"Importing", None))
        ImportRunPage.setSubTitle(QCoreApplication.translate("ImportRunPage", u"Rows are saved in batches. Cancel stops after the current batch; what is saved stays.", None))
    # retranslateUi


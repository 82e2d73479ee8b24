# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_mapping_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportMappingPage(object):
    def setupUi(self, ImportMappingPage):
        if not ImportMappingPage.objectName():
            ImportMappingPage.setObjectName(u"ImportMappingPage")
        self.page_layout = QVBoxLayout(ImportMappingPage)
        self.page_layout.setObjectName(u"page_layout")
        self.file_info_label = QLabel(ImportMappingPage)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setWordWrap(True)

        self.page_layout.addWidget(self.file_info_label)

        self.mapping_table = QTableWidget(ImportMappingPage)
        if (self.mapping_table.columnCount() < 3):
            self.mapping_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setColumnCount(3)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.mapping_table)

        self.preview_label = QLabel(ImportMappingPage)
        self.preview_label.setObjectName(u"preview_label")

        self.page_layout.addWidget(self.preview_label)

        self.preview_table = QTableWidget(ImportMappingPage)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setStretchLastSection(True)

        self.page_layout.addWidget(self.preview_table)

        self.error_label = QLabel(ImportMappingPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.page_layout.addWidget(self.error_label)


        self.retranslateUi(ImportMappingPage)

        QMetaObject.connectSlotsByName(ImportMappingPage)
    # setupUi

    def retranslateUi(self, ImportMappingPage):
        ImportMappingPage.setTitle(QCoreApplication.translate("ImportMappingPage", u"Map the columns", None))
        ImportMappingPage.setSubTitle(QCoreApplication.translate("ImportMappingPage", u"Each column's field is guessed from its header; change any guess. A phone column is required; a field maps to one column.", None))
        ___qtablewidgetitem = self.mapping_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportMappingPage", u"Column", None))
        ___qtablewidgetitem1 = self.mapping_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportMappingPage", u"Imports as", None))
        ___qtablewidgetitem2 = self.mapping_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportMappingPage", u"First row", None))
        self.preview_label.setText(QCoreApplication.translate("ImportMappingPage", u"Preview: the first rows as this mapping reads them", None))
    # retranslateUi


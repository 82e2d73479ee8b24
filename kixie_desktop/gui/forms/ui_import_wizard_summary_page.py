# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard_summary_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        self.page_layout = QVBoxLayout(ImportSummaryPage)
        self.page_layout.setObjectName(u"page_layout")
        self.counts_layout = QFormLayout()
        self.counts_layout.setObjectName(u"counts_layout")
        self.created_label = QLabel(ImportSummaryPage)
        self.created_label.setObjectName(u"created_label")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.created_label)

        self.created_value = QLabel(ImportSummaryPage)
        self.created_value.setObjectName(u"created_value")

        self.counts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.created_value)

        self.updated_label = QLabel(ImportSummaryPage)
        self.updated_label.setObjectName(u"updated_label")

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.updated_label)

        self.updated_value = QLabel(ImportSummaryPage)
        self.updated_value.setObjectName(u"updated_value")

        self.counts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.updated_value)

        self.duplicates_label = QLabel(ImportSummaryPage)
        self.duplicates_label.setObjectName(u"duplicates_label")

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.duplicates_label)

        self.duplicates_value = QLabel(ImportSummaryPage)
        self.duplicates_value.setObjectName(u"duplicates_value")

        self.counts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.duplicates_value)

        self.enrolled_label = QLabel(ImportSummaryPage)
        self.enrolled_label.setObjectName(u"enrolled_label")

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.enrolled_label)

        self.enrolled_value = QLabel(ImportSummaryPage)
        self.enrolled_value.setObjectName(u"enrolled_value")

        self.counts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.enrolled_value)

        self.errors_label = QLabel(ImportSummaryPage)
        self.errors_label.setObjectName(u"errors_label")

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.errors_label)

        self.errors_value = QLabel(ImportSummaryPage)
        self.errors_value.setObjectName(u"errors_value")

        self.counts_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.errors_value)


        self.page_layout.addLayout(self.counts_layout)

        self.stopped_label = QLabel(ImportSummaryPage)
        self.stopped_label.setObjectName(u"stopped_label")
        self.stopped_label.setStyleSheet(u"color: #b00020;")
        self.stopped_label.setWordWrap(True)

        self.page_layout.addWidget(self.stopped_label)

        self.errors_table = QTableWidget(ImportSummaryPage)
        if (self.errors_table.columnCount() < 3):
            self.errors_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.errors_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.errors_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.errors_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.errors_table.setObjectName(u"errors_table")
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setColumnCount(3)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.errors_table)

        self.report_layout = QHBoxLayout()
        self.report_layout.setObjectName(u"report_layout")
        self.save_report_button = QPushButton(ImportSummaryPage)
        self.save_report_button.setObjectName(u"save_report_button")
        self.save_report_button.setAutoDefault(False)

        self.report_layout.addWidget(self.save_report_button)

        self.report_status_label = QLabel(ImportSummaryPage)
        self.report_status_label.setObjectName(u"report_status_label")
        self.report_status_label.setWordWrap(True)

        self.report_layout.addWidget(self.report_status_label)

        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.report_layout.addItem(self.report_spacer)


        self.page_layout.addLayout(self.report_layout)


        self.retranslateUi(ImportSummaryPage)

        QMetaObject.connectSlotsByName(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Import finished", None))
        self.created_label.setText(QCoreApplication.translate("ImportSummaryPage", u"Created", None))
        self.updated_label.setText(QCoreApplication.translate("ImportSummaryPage", u"Updated", None))
        self.duplicates_label.setText(QCoreApplication.translate("ImportSummaryPage", u"Duplicates merged", None))
        self.enrolled_label.setText(QCoreApplication.translate("ImportSummaryPage", u"Enrolled", None))
        self.errors_label.setText(QCoreApplication.translate("ImportSummaryPage", u"Errors", None))
        ___qtablewidgetitem = self.errors_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportSummaryPage", u"Line", None))
        ___qtablewidgetitem1 = self.errors_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportSummaryPage", u"Field", None))
        ___qtablewidgetitem2 = self.errors_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportSummaryPage", u"Error", None))
        self.save_report_button.setText(QCoreApplication.translate("ImportSummaryPage", u"&Save error report\u2026", None))
    # retranslateUi


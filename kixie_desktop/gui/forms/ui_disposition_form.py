# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposition_form.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DispositionForm(object):
    def setupUi(self, DispositionForm):
        if not DispositionForm.objectName():
            DispositionForm.setObjectName(u"DispositionForm")
        self.form_layout = QVBoxLayout(DispositionForm)
        self.form_layout.setObjectName(u"form_layout")
        self.disposition_label = QLabel(DispositionForm)
        self.disposition_label.setObjectName(u"disposition_label")
        self.disposition_label.setWordWrap(True)

        self.form_layout.addWidget(self.disposition_label)

        self.choices_layout = QGridLayout()
        self.choices_layout.setObjectName(u"choices_layout")

        self.form_layout.addLayout(self.choices_layout)

        self.notes_label = QLabel(DispositionForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(DispositionForm)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 110))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.notes_edit)

        self.save_button = QPushButton(DispositionForm)
        self.save_button.setObjectName(u"save_button")

        self.form_layout.addWidget(self.save_button)

#if QT_CONFIG(shortcut)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DispositionForm)

        QMetaObject.connectSlotsByName(DispositionForm)
    # setupUi

    def retranslateUi(self, DispositionForm):
        DispositionForm.setTitle(QCoreApplication.translate("DispositionForm", u"How did the call go?", None))
        self.disposition_label.setText(QCoreApplication.translate("DispositionForm", u"Pick the outcome: click it or press its number.", None))
        self.notes_label.setText(QCoreApplication.translate("DispositionForm", u"&Notes", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("DispositionForm", u"What was said, next steps\u2026", None))
        self.save_button.setText(QCoreApplication.translate("DispositionForm", u"&Save disposition", None))
    # retranslateUi


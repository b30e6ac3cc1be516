#pragma once

// Input files for a test, each under a new name in a folder that is removed when the test ends.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstdlib>

class TempFiles
{
public:
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A name not given out before: <stem><n>.<suffix>.
    QString unique(const QString& stem, const QString& suffix)
    {
        return m_dir.filePath(stem + QString::number(++m_counter) + u'.' + suffix);
    }

    // Writes the bytes to a new file and returns its path; a test that cannot write its input stops.
    QString write(const QByteArray& bytes, const QString& suffix = QStringLiteral("csv"))
    {
        const QString path = unique(QStringLiteral("in"), suffix);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

#pragma once

// Validates JSON files against a published schema with an independent implementation of JSON Schema
// (python3-jsonschema, Draft 2020-12), so the schemas in the repository are proven to accept what
// Mamori writes and reads.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Every problem found, one per line ("file: $.path: message"); empty when every file is valid.
inline QString jsonSchemaProblems(const QString& schema, const QStringList& files)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        return QStringLiteral("python3 is required (installed by the README's set-up command)");
    }
    const QString script = QStringLiteral(R"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        print(f"{path}: {error.json_path}: {error.message}")
        bad += 1
sys.exit(1 if bad else 0)
)");
    QProcess process;
    process.start(python, QStringList{QStringLiteral("-c"), script, schema} + files);
    if (!process.waitForFinished(60000)) {
        return QStringLiteral("python3 jsonschema did not finish");
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
        return {};
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return output.isEmpty() ? QStringLiteral("python3 jsonschema failed") : output;
}

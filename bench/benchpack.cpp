#include "bench/benchpack.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace mamori::bench {

// A pack shaped like the bundled ones (bilingual text, help, refs, expressions, recommendations),
// with `count` questions over 10 categories. Deterministic, so runs compare.
QByteArray generatePack(int count, const QString& id)
{
    QByteArray out = R"({
  "format": 1, "id": ")" +
                     id.toUtf8() + R"(", "version": "1.0.0",
  "title": {"ja": "ベンチマーク用パック", "en": "Benchmark pack"},
  "guideline": {"id": "bench", "title": {"ja": "ベンチマーク", "en": "Benchmark"}, "url": "https://example.org/bench"},
  "scale": [
    {"id": "yes", "points": 4, "label": {"ja": "実施している", "en": "Yes"}},
    {"id": "partial", "points": 2, "label": {"ja": "一部実施している", "en": "Partly"}},
    {"id": "no", "points": 0, "label": {"ja": "実施していない", "en": "No"}},
    {"id": "unknown", "points": -1, "flag": true, "label": {"ja": "わからない", "en": "Don't know"}},
    {"id": "na", "not_applicable": true, "label": {"ja": "該当しない", "en": "N/A"}}
  ],
  "levels": [{"id": "low", "min": 0, "label": {"ja": "低", "en": "Low"}}, {"id": "high", "min": 80, "label": {"ja": "高", "en": "High"}}],
  "categories": [
)";
    for (int c = 0; c < 10; ++c) {
        out +=
            QStringLiteral(
                R"(    {"id": "c%1", "title": {"ja": "カテゴリ%1", "en": "Category %1"}, "target": {"default": 80, "micro": 60, "medium": 90}}%2
)")
                .arg(c)
                .arg(c < 9 ? u","_s : QString())
                .toUtf8();
    }
    out += "  ],\n  \"references\": [\n";
    for (int r = 0; r < 100; ++r) {
        out +=
            QStringLiteral(
                R"(    {"id": "ref-%1", "title": {"ja": "参照項目%1", "en": "Reference %1"}, "url": "https://example.org/ref/%1"}%2
)")
                .arg(r)
                .arg(r < 99 ? u","_s : QString())
                .toUtf8();
    }
    out += "  ],\n  \"questions\": [\n";
    const char* conditions[] = {"assets.website", "employees > 5 && assets.pcs > 0",
                                "tier in [\\\"small\\\", \\\"medium\\\"]",
                                "\\\"mail\\\" in assets.cloud || assets.servers > 0", "!assets.remote_work"};
    const char* grades[] = {"low", "medium", "high"};
    for (int q = 0; q < count; ++q) {
        QString entry = QStringLiteral(
                            R"(    {"id": "q%1", "category": "c%2", "weight": %3,
     "text": {"ja": "質問%1：パソコンやスマートフォンの更新プログラムを適用していますか？", "en": "Question %1: are updates applied to PCs and phones?"},
     "help": {"ja": "OSやソフトウェアの更新を自動にし、定期的に確認することを指します。", "en": "Updates are automatic and checked regularly."},
     )")
                            .arg(q)
                            .arg(q % 10)
                            .arg(1 + q % 3);
        if (q % 3 == 0) {
            entry += u"\"applies_if\": \""_s + QString::fromLatin1(conditions[q % 5]) + u"\",\n     "_s;
        }
        entry += QStringLiteral(R"("refs": ["ref-%1"],
     "recommendation": {"text": {"ja": "更新を自動にして、月に一度確認しましょう。", "en": "Turn on automatic updates and check monthly."}, "cost": "%2", "effort": "%3", "capabilities": ["patching", "device_management"]}}%4
)")
                     .arg(q % 100)
                     .arg(QString::fromLatin1(grades[q % 3]), QString::fromLatin1(grades[(q / 3) % 3]))
                     .arg(q < count - 1 ? u","_s : QString());
        out += entry.toUtf8();
    }
    out += "  ]\n}\n";
    return out;
}

} // namespace mamori::bench

#!/usr/bin/env python3
"""Writes Mamori's demo catalog (resources/catalog/demo/): fictional entries for demonstrations and tests.

The catalog a new installation starts from (resources/catalog/services.json) holds real services only and
is written by hand, each fact with its source (docs/sources.md). The demo catalog is loaded on purpose:
`mamori-cli catalog import resources/catalog/demo/services.json resources/catalog/demo/talent.csv`.

demo/services.json holds fictional services whose providers are named as samples; the sample お助け隊
entries obey the scheme's rules as `catalog validate` checks them (help desk, 24-hour monitoring, on-site
response, simple cyber insurance, an on-site area, the 1類 price caps of ¥10,000 a month per site for the
network type and ¥2,000 per device for the endpoint type, and the 新類型 as a free pilot).

demo/talent.csv holds fictional security experts, drawn from a seeded random generator so that the
file is the same on every run: `python3 scripts/generate-sample-catalog.py` rewrites both files, and
`--talent N --seed S --out FILE` writes N people (the benchmark uses this for a million rows).
Every generated person is marked sample=true and named （サンプル）.
"""
import argparse
import csv
import json
import random
import sys

SEED = 20261124
AS_OF = "2025-04-01"  # safely in the past on any build machine; real entries carry their own date

CAPABILITIES = [
    "helpdesk", "monitoring_24h", "onsite_response", "cyber_insurance", "edr", "utm", "antivirus", "patching",
    "backup", "email_security", "web_protection", "website_security", "vulnerability_assessment",
    "access_control", "device_management", "data_protection", "network_security", "remote_access",
    "cloud_security", "physical_security", "asset_management", "risk_assessment", "policy_writing", "training",
    "incident_response", "vendor_management", "log_management", "ot_security", "threat_intelligence", "governance",
]

# What kinds of expert there are, and the skills each kind tends to have.
PROFILES = [
    ("policy", ["policy_writing", "risk_assessment", "governance", "asset_management", "vendor_management",
                "training", "physical_security"], ["advice", "policy", "assessment", "retainer"]),
    ("incident", ["incident_response", "log_management", "edr", "threat_intelligence", "backup",
                  "monitoring_24h", "onsite_response"], ["incident_response", "advice", "retainer"]),
    ("infra", ["network_security", "utm", "remote_access", "access_control", "device_management", "patching",
               "antivirus", "cloud_security", "email_security"], ["assessment", "advice", "retainer"]),
    ("web", ["website_security", "vulnerability_assessment", "web_protection", "cloud_security",
             "data_protection"], ["assessment", "advice"]),
    ("trainer", ["training", "email_security", "policy_writing", "physical_security", "data_protection"],
     ["training", "advice"]),
    ("ot", ["ot_security", "network_security", "asset_management", "risk_assessment", "incident_response"],
     ["assessment", "advice", "incident_response"]),
    ("audit", ["governance", "risk_assessment", "vendor_management", "log_management", "asset_management",
               "policy_writing"], ["audit", "assessment", "advice"]),
]

AREAS = {
    "policy": ["sme-guideline:organized", "sme-guideline:full", "sme-guideline:management", "ipa-self-check:organization"],
    "incident": ["sme-guideline:incident", "sme-guideline:stronger"],
    "infra": ["sme-guideline:start", "sme-guideline:telework", "sme-guideline:cloud", "ipa-self-check:basic"],
    "web": ["sme-guideline:website", "sme-guideline:cloud"],
    "trainer": ["ipa-self-check:staff", "sme-guideline:start"],
    "ot": ["sme-guideline:stronger", "sme-guideline:full"],
    "audit": ["sme-guideline:supply_chain", "sme-guideline:management", "sme-guideline:full"],
}

FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
          "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下",
          "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本"]
GIVEN_INITIALS = "ABCDEFGHIJKLMNOPRSTUWY"

# Neighbouring prefectures (JIS codes), so that on-site areas look like real travel areas.
REGIONS = [
    [1], [2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18], [19, 20], [21, 22, 23, 24],
    [25, 26, 27, 28, 29, 30], [31, 32, 33, 34, 35], [36, 37, 38, 39], [40, 41, 42, 43, 44, 45, 46], [47],
]
# Rough weights: people live where firms are.
REGION_WEIGHTS = [4, 5, 30, 4, 2, 10, 15, 5, 3, 10, 1]


def talent_rows(count, seed):
    rng = random.Random(seed)
    for n in range(1, count + 1):
        kind, pool, engagements = rng.choice(PROFILES)
        skills = rng.sample(pool, k=min(len(pool), rng.randint(3, 6)))
        for extra in rng.sample(CAPABILITIES, k=rng.randint(0, 2)):
            if extra not in skills:
                skills.append(extra)
        region = rng.choices(REGIONS, weights=REGION_WEIGHTS)[0]
        home = rng.choice(region)
        served = sorted({home, *rng.sample(region, k=min(len(region), rng.randint(0, 3)))})
        onsite = rng.random() < 0.8
        remote = rng.random() < 0.6 or not onsite
        quals = []
        riss = rng.random() < 0.45
        if riss:
            quals.append("riss")
        for q, p in (("sme_consultant", 0.2), ("it_coordinator", 0.15), ("isms_auditor", 0.1),
                     ("pmark_auditor", 0.05), ("cissp", 0.05), ("sg", 0.1)):
            if rng.random() < p:
                quals.append(q)
        fee = rng.randrange(30000, 150001, 5000)
        availability = rng.choices(["available", "limited", "unavailable"], weights=[6, 3, 1])[0]
        channels = [c for c, p in (("chusho119", 0.3), ("ipa_dispatch", 0.1), ("chamber", 0.2)) if rng.random() < p]
        languages = ["ja"] + (["en"] if rng.random() < 0.2 else [])
        industries = sorted(set(rng.choices("DEFGHIJKLMNOPR", k=rng.randint(1, 3))))
        yield {
            "id": f"sample-talent-{n:07d}",
            "display_name": f"（サンプル）{rng.choice(FAMILY)} {rng.choice(GIVEN_INITIALS)}.",
            "qualifications": ";".join(quals),
            "riss_number": f"99{rng.randrange(0, 10000):04d}" if riss else "",
            "riss_training": rng.choices(["current", "overdue", "unknown"], weights=[8, 1, 1])[0] if riss else "",
            "skills": ";".join(skills),
            "categories": ";".join(rng.sample(AREAS[kind], k=rng.randint(1, len(AREAS[kind])))),
            "industries": ";".join(industries),
            "prefectures": ";".join(str(p) for p in served) if onsite else "",
            "onsite": "true" if onsite else "false",
            "remote": "true" if remote else "false",
            "engagements": ";".join(rng.sample(engagements, k=rng.randint(1, len(engagements)))),
            "fee_day_min": fee,
            "fee_day_max": fee + rng.randrange(0, 50001, 10000),
            "availability": availability,
            "languages": ";".join(languages),
            "channels": ";".join(channels),
            "contact": "",
            "source": f"sample generated by scripts/generate-sample-catalog.py (seed {seed})",
            "as_of": AS_OF,
            "sample": "true",
        }


TALENT_COLUMNS = ["id", "display_name", "qualifications", "riss_number", "riss_training", "skills", "categories",
                  "industries", "prefectures", "onsite", "remote", "engagements", "fee_day_min", "fee_day_max",
                  "availability", "languages", "channels", "contact", "source", "as_of", "sample"]


def write_talent(path, count, seed):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=TALENT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in talent_rows(count, seed):
            w.writerow(row)


KANTO = [8, 9, 10, 11, 12, 13, 14]
KANSAI = [25, 26, 27, 28, 29, 30]
OTASUKE = ["helpdesk", "monitoring_24h", "onsite_response", "cyber_insurance"]


def sample_service(id, name, name_en, provider_n, scheme, type, regions, dispatch, price, unit, caps, **extra):
    entry = {
        "id": id, "name": f"（サンプル）{name}", "name_en": f"(Sample) {name_en}",
        "provider": f"サンプル事業者{provider_n}（架空）", "provider_en": f"Sample Provider {provider_n} (fictional)",
        "scheme": scheme, "type": type, "regions": regions, "dispatch": dispatch,
        "price_monthly": price, "price_unit": unit, "capabilities": caps,
        "as_of": AS_OF, "sample": True,
    }
    entry.update(extra)
    return entry


def services():
    samples = [
        sample_service("sample-otasuke-net-kanto", "関東ネットワーク見守りパック", "Kanto network watch pack", "A",
                       "otasuke-1", "network", KANTO, KANTO, 8800, "site",
                       OTASUKE + ["utm", "network_security", "web_protection", "email_security"],
                       initial_fee=22000, min_term_months=12, subsidy=True, insurance_cap=1000000,
                       helpdesk_hours="平日 9:00–18:00"),
        sample_service("sample-otasuke-edr-japan", "全国端末見守りサービス", "Nationwide endpoint watch", "B",
                       "otasuke-1", "endpoint", ["all"], ["all"], 1800, "device",
                       OTASUKE + ["edr", "antivirus", "patching", "device_management"],
                       min_devices=5, max_devices=300, min_term_months=12, subsidy=True, insurance_cap=1000000,
                       helpdesk_hours="24時間"),
        sample_service("sample-otasuke-hybrid-kansai", "関西まるごと見守り（併用型）", "Kansai all-in watch (hybrid)", "C",
                       "otasuke-1", "hybrid", KANSAI, KANSAI, 9800, "site",
                       OTASUKE + ["utm", "edr", "network_security", "backup"],
                       initial_fee=30000, max_devices=50, min_term_months=12, subsidy=True, insurance_cap=500000),
        sample_service("sample-otasuke2-hybrid-japan", "中堅企業向け 統合監視サービス（2類）",
                       "Integrated monitoring for mid-size firms (class 2)", "D",
                       "otasuke-2", "hybrid", ["all"], [1, 4, 13, 14, 23, 27, 34, 40], 1500, "device",
                       OTASUKE + ["edr", "utm", "log_management", "incident_response", "vulnerability_assessment",
                                  "threat_intelligence", "risk_assessment"],
                       min_devices=50, initial_fee=100000, min_term_months=24, subsidy=True, insurance_cap=3000000,
                       helpdesk_hours="24時間"),
        sample_service("sample-otasuke-net-tohoku", "東北ネットワーク安心パック", "Tohoku network peace of mind", "E",
                       "otasuke-1", "network", [2, 3, 4, 5, 6, 7], [2, 3, 4, 5, 6, 7], 7700, "site",
                       OTASUKE + ["utm", "network_security"], min_term_months=12, subsidy=True,
                       insurance_cap=1000000),
        sample_service("sample-otasuke-net-kyushu", "九州・沖縄 見守りネット", "Kyushu and Okinawa watch net", "F",
                       "otasuke-1", "network", [40, 41, 42, 43, 44, 45, 46, 47], [40, 41, 42, 43, 44, 45, 46],
                       9000, "site", OTASUKE + ["utm", "network_security", "web_protection"],
                       initial_fee=15000, min_term_months=12, subsidy=True, insurance_cap=1000000),
        sample_service("sample-otasuke-edr-chubu", "中部 端末まもり", "Chubu endpoint guard", "G",
                       "otasuke-1", "endpoint", [15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
                       [15, 16, 17, 18, 19, 20, 21, 22, 23, 24], 1600, "device",
                       OTASUKE + ["edr", "antivirus", "patching"], min_devices=3, max_devices=100,
                       min_term_months=12, subsidy=True, insurance_cap=500000),
        sample_service("sample-otasuke-net-hokkaido", "北海道ネットワーク見守り", "Hokkaido network watch", "H",
                       "otasuke-1", "network", [1], [1], 9500, "site",
                       OTASUKE + ["utm", "network_security", "email_security"], min_term_months=12, subsidy=True,
                       insurance_cap=1000000),
        sample_service("sample-otasuke-new-scs", "取引先対応 セキュリティ準備サービス（新類型）",
                       "Supplier readiness service (new type)", "I",
                       "otasuke-new", "hybrid", ["all"], ["all"], 0, "site",
                       OTASUKE + ["vendor_management", "policy_writing", "risk_assessment", "governance",
                                  "asset_management", "edr"],
                       insurance_cap=1000000,
                       note_ja="新類型 (SCS評価制度の準備) を想定したサンプル。新類型は無償の実証事業です。実在のサービスではありません。",
                       note="A sample shaped like the new type (readiness for the SCS rating); the new type is a "
                            "free pilot. Not a real service."),
        sample_service("sample-backup-cloud", "クラウドバックアップ", "Cloud backup", "J",
                       "other", "backup", ["all"], [], 500, "device", ["backup", "data_protection"],
                       min_devices=1, min_term_months=1),
        sample_service("sample-training-phishing", "標的型メール訓練と社員研修", "Phishing drills and staff training", "K",
                       "other", "training", ["all"], [], 300, "employee", ["training", "email_security"],
                       min_term_months=6),
        sample_service("sample-policy-chushikoku", "中国・四国 規程づくり支援", "Policy support for Chugoku and Shikoku",
                       "L", "other", "consulting", list(range(31, 40)), list(range(31, 40)), 20000, "site",
                       ["policy_writing", "risk_assessment", "governance", "asset_management", "vendor_management",
                        "helpdesk"],
                       min_term_months=6, subsidy=False),
        sample_service("sample-web-diagnosis", "Webサイト診断サービス", "Website security testing", "M",
                       "other", "assessment", ["all"], [], 15000, "site",
                       ["website_security", "vulnerability_assessment", "web_protection"], min_term_months=3),
        sample_service("sample-telework-mdm", "テレワーク端末管理", "Telework device management", "N",
                       "other", "endpoint", ["all"], [], 600, "device",
                       ["device_management", "remote_access", "access_control", "cloud_security"],
                       initial_fee=10000),
    ]
    return {
        "format": 1,
        "note": ("Mamori's demo catalog: fictional providers, every entry marked sample, for demonstrations and "
                 "tests. Not part of a new catalog; import it on purpose. Regenerate with "
                 "scripts/generate-sample-catalog.py."),
        "services": samples,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--talent", type=int, help="write only a talent CSV of this many rows")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", help="output file for --talent (default: stdout)")
    args = parser.parse_args()
    if args.talent is not None:
        write_talent(args.out or "/dev/stdout", args.talent, args.seed)
        return
    with open("resources/catalog/demo/services.json", "w", encoding="utf-8") as f:
        json.dump(services(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_talent("resources/catalog/demo/talent.csv", 240, SEED)


if __name__ == "__main__":
    sys.exit(main())

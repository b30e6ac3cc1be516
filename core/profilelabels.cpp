#include "core/profilelabels.h"

#include <QHash>

#include <array>

namespace mamori {

using namespace Qt::StringLiterals;

LocalizedText industryName(QChar letter)
{
    // Division names as published by the Ministry of Internal Affairs and Communications (総務省).
    static const std::array<LocalizedText, 20> names{{
        {u"農業，林業"_s, u"Agriculture and forestry"_s},
        {u"漁業"_s, u"Fisheries"_s},
        {u"鉱業，採石業，砂利採取業"_s, u"Mining and quarrying of stone and gravel"_s},
        {u"建設業"_s, u"Construction"_s},
        {u"製造業"_s, u"Manufacturing"_s},
        {u"電気・ガス・熱供給・水道業"_s, u"Electricity, gas, heat supply and water"_s},
        {u"情報通信業"_s, u"Information and communications"_s},
        {u"運輸業，郵便業"_s, u"Transport and postal activities"_s},
        {u"卸売業，小売業"_s, u"Wholesale and retail trade"_s},
        {u"金融業，保険業"_s, u"Finance and insurance"_s},
        {u"不動産業，物品賃貸業"_s, u"Real estate and goods rental and leasing"_s},
        {u"学術研究，専門・技術サービス業"_s, u"Scientific research, professional and technical services"_s},
        {u"宿泊業，飲食サービス業"_s, u"Accommodations, eating and drinking services"_s},
        {u"生活関連サービス業，娯楽業"_s, u"Living-related and personal services and amusement services"_s},
        {u"教育，学習支援業"_s, u"Education, learning support"_s},
        {u"医療，福祉"_s, u"Medical, health care and welfare"_s},
        {u"複合サービス事業"_s, u"Compound services"_s},
        {u"サービス業（他に分類されないもの）"_s, u"Services, not elsewhere classified"_s},
        {u"公務（他に分類されるものを除く）"_s, u"Government, except elsewhere classified"_s},
        {u"分類不能の産業"_s, u"Industries unable to classify"_s},
    }};
    const int index = letter.unicode() - u'A';
    return index >= 0 && index < int(names.size()) ? names[std::size_t(index)] : LocalizedText{};
}

LocalizedText prefectureName(int code)
{
    static const std::array<LocalizedText, 47> names{{
        {u"北海道"_s, u"Hokkaido"_s},    {u"青森県"_s, u"Aomori"_s},     {u"岩手県"_s, u"Iwate"_s},
        {u"宮城県"_s, u"Miyagi"_s},      {u"秋田県"_s, u"Akita"_s},      {u"山形県"_s, u"Yamagata"_s},
        {u"福島県"_s, u"Fukushima"_s},   {u"茨城県"_s, u"Ibaraki"_s},    {u"栃木県"_s, u"Tochigi"_s},
        {u"群馬県"_s, u"Gunma"_s},       {u"埼玉県"_s, u"Saitama"_s},    {u"千葉県"_s, u"Chiba"_s},
        {u"東京都"_s, u"Tokyo"_s},       {u"神奈川県"_s, u"Kanagawa"_s}, {u"新潟県"_s, u"Niigata"_s},
        {u"富山県"_s, u"Toyama"_s},      {u"石川県"_s, u"Ishikawa"_s},   {u"福井県"_s, u"Fukui"_s},
        {u"山梨県"_s, u"Yamanashi"_s},   {u"長野県"_s, u"Nagano"_s},     {u"岐阜県"_s, u"Gifu"_s},
        {u"静岡県"_s, u"Shizuoka"_s},    {u"愛知県"_s, u"Aichi"_s},      {u"三重県"_s, u"Mie"_s},
        {u"滋賀県"_s, u"Shiga"_s},       {u"京都府"_s, u"Kyoto"_s},      {u"大阪府"_s, u"Osaka"_s},
        {u"兵庫県"_s, u"Hyogo"_s},       {u"奈良県"_s, u"Nara"_s},       {u"和歌山県"_s, u"Wakayama"_s},
        {u"鳥取県"_s, u"Tottori"_s},     {u"島根県"_s, u"Shimane"_s},    {u"岡山県"_s, u"Okayama"_s},
        {u"広島県"_s, u"Hiroshima"_s},   {u"山口県"_s, u"Yamaguchi"_s},  {u"徳島県"_s, u"Tokushima"_s},
        {u"香川県"_s, u"Kagawa"_s},      {u"愛媛県"_s, u"Ehime"_s},      {u"高知県"_s, u"Kochi"_s},
        {u"福岡県"_s, u"Fukuoka"_s},     {u"佐賀県"_s, u"Saga"_s},       {u"長崎県"_s, u"Nagasaki"_s},
        {u"熊本県"_s, u"Kumamoto"_s},    {u"大分県"_s, u"Oita"_s},       {u"宮崎県"_s, u"Miyazaki"_s},
        {u"鹿児島県"_s, u"Kagoshima"_s}, {u"沖縄県"_s, u"Okinawa"_s},
    }};
    return code >= 1 && code <= 47 ? names[std::size_t(code - 1)] : LocalizedText{};
}

LocalizedText sectorClassName(SectorClass sector)
{
    switch (sector) {
    case SectorClass::Manufacturing:
        return {u"製造業その他"_s, u"Manufacturing and others"_s};
    case SectorClass::Wholesale:
        return {u"卸売業"_s, u"Wholesale"_s};
    case SectorClass::Retail:
        return {u"小売業"_s, u"Retail"_s};
    case SectorClass::Services:
        return {u"サービス業"_s, u"Services"_s};
    }
    return {};
}

LocalizedText tierName(Tier tier)
{
    switch (tier) {
    case Tier::Micro:
        return {u"小規模事業者"_s, u"Micro business"_s};
    case Tier::Small:
        return {u"中小企業"_s, u"Small or medium enterprise"_s};
    case Tier::Medium:
        return {u"中堅企業"_s, u"Mid-size enterprise"_s};
    case Tier::Large:
        return {u"大企業"_s, u"Large enterprise"_s};
    }
    return {};
}

LocalizedText itStaffName(ItStaff staff)
{
    switch (staff) {
    case ItStaff::None:
        return {u"いない"_s, u"Nobody"_s};
    case ItStaff::PartTime:
        return {u"ほかの仕事と兼任の担当者がいる"_s, u"Someone, alongside other work"_s};
    case ItStaff::Dedicated:
        return {u"専任の担当者がいる"_s, u"A dedicated person or team"_s};
    }
    return {};
}

LocalizedText cloudServiceName(const QString& id)
{
    static const QHash<QString, LocalizedText> names{
        {u"mail"_s, {u"メール"_s, u"E-mail"_s}},
        {u"file_sharing"_s, {u"ファイル共有・オンラインストレージ"_s, u"File sharing and online storage"_s}},
        {u"accounting"_s, {u"会計"_s, u"Accounting"_s}},
        {u"groupware"_s, {u"グループウェア"_s, u"Groupware"_s}},
        {u"web_meeting"_s, {u"Web会議"_s, u"Web meetings"_s}},
        {u"crm"_s, {u"顧客管理"_s, u"Customer management (CRM)"_s}},
        {u"payroll"_s, {u"給与・勤怠"_s, u"Payroll and attendance"_s}},
        {u"other"_s, {u"その他"_s, u"Other"_s}},
    };
    return names.value(id);
}

LocalizedText protectionName(const QString& id)
{
    static const QHash<QString, LocalizedText> names{
        {u"antivirus"_s, {u"ウイルス対策ソフト"_s, u"Antivirus software"_s}},
        {u"utm"_s, {u"UTM（統合脅威管理装置）"_s, u"UTM (unified threat management appliance)"_s}},
        {u"backup"_s, {u"定期的なバックアップ"_s, u"Regular backups"_s}},
        {u"edr"_s, {u"EDR"_s, u"EDR (endpoint detection and response)"_s}},
        {u"mfa"_s, {u"多要素認証"_s, u"Multi-factor authentication"_s}},
        {u"mdm"_s, {u"スマートフォン等の端末管理（MDM）"_s, u"Mobile device management (MDM)"_s}},
        {u"encryption"_s, {u"パソコン・記録媒体の暗号化"_s, u"Encryption of PCs and storage media"_s}},
        {u"insurance"_s, {u"サイバー保険"_s, u"Cyber insurance"_s}},
        {u"otasuke"_s, {u"サイバーセキュリティお助け隊サービス"_s, u"Cyber Security Otasuketai service"_s}},
    };
    return names.value(id);
}

} // namespace mamori

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>mamori::Answering</name>
    <message>
        <source>the pack %1 has no question &quot;%2&quot;</source>
        <translation>パック %1 には質問「%2」がありません</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>不明な回答 &quot;%1&quot; です。このパックの回答の選択肢: %2</translation>
    </message>
    <message>
        <source>question %1 is not asked of this firm (its profile or earlier answers leave it out)</source>
        <translation>質問 %1 はこの企業には出題されません（プロフィールまたはこれまでの回答により対象外です）</translation>
    </message>
</context>
<context>
    <name>mamori::Answers</name>
    <message>
        <source>these answers are for the pack &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>この回答はパック &quot;%1&quot; 用です（&quot;%2&quot; 用ではありません）</translation>
    </message>
    <message>
        <source>these answers were given to version %1 of the pack; scoring them with version %2</source>
        <translation>この回答はパックのバージョン %1 に対するものです。バージョン %2 で採点します</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>パック &quot;%1&quot; に質問 &quot;%2&quot; はありません</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>不明な回答 &quot;%1&quot; です。このパックの回答の選択肢: %2</translation>
    </message>
    <message>
        <source>the note %1</source>
        <translation>メモ: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Catalog</name>
    <message>
        <source>expected one value, not a list</source>
        <translation>値は1つだけにしてください（一覧は使えません）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>少なくとも1つの値が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen (a whole number from 0 to %2)</source>
        <translation>「%1」は円の金額ではありません（0〜%2 の整数）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>「%1」は 0〜%2 の整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true/false, 1/0)</source>
        <translation>「%1」ははい/いいえではありません（true/false、1/0）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付ではありません（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 lies in the future; give the date the facts were checked</source>
        <translation>%1 は未来の日付です。内容を確認した日を入れてください</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>不明な値「%1」です。使える値: %2</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>不明な値「%1」です（「%2」のことですか？）</translation>
    </message>
    <message>
        <source>list the prefectures; &quot;all&quot; is not allowed here</source>
        <translation>都道府県を列挙してください。ここでは「all」は使えません</translation>
    </message>
    <message>
        <source>&quot;all&quot; must stand alone</source>
        <translation>「all」は単独で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture (JIS code 1–47 or its name)</source>
        <translation>「%1」は都道府県ではありません（JIS コード 1〜47 か名称）</translation>
    </message>
    <message>
        <source>this column is named twice</source>
        <translation>この列名が2回使われています</translation>
    </message>
    <message>
        <source>unknown column (did you mean &quot;%1&quot;?)</source>
        <translation>不明な列です（「%1」のことですか？）</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>この列は必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, up to 64)</source>
        <translation>「%1」は ID として使えません（英数字と「.」「_」「-」で64文字まで）</translation>
    </message>
    <message>
        <source>is below min_devices (%1)</source>
        <translation>min_devices（%1）より小さくなっています</translation>
    </message>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>https:// で始まるウェブアドレスにしてください</translation>
    </message>
    <message>
        <source>a 情報処理安全確保支援士 is listed with the registration number</source>
        <translation>情報処理安全確保支援士は登録番号とともに記載してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration number (6 digits)</source>
        <translation>「%1」は登録番号ではありません（6桁）</translation>
    </message>
    <message>
        <source>a registration number needs &quot;riss&quot; among the qualifications</source>
        <translation>登録番号を入れるには、資格に「riss」が必要です</translation>
    </message>
    <message>
        <source>training status applies only with &quot;riss&quot; among the qualifications</source>
        <translation>講習の状況は、資格に「riss」がある場合だけ使えます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of a questionnaire (pack-id:category-id)</source>
        <translation>「%1」は質問票の分野ではありません（パックID:分野ID）</translation>
    </message>
    <message>
        <source>no installed questionnaire has the area &quot;%1&quot;</source>
        <translation>分野「%1」を持つ質問票はインストールされていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industry division (a letter A–T)</source>
        <translation>「%1」は産業の大分類ではありません（A〜T の1文字）</translation>
    </message>
    <message>
        <source>on-site work needs the prefectures served</source>
        <translation>訪問対応には対応する都道府県が必要です</translation>
    </message>
    <message>
        <source>works neither on site nor remotely; set one of them</source>
        <translation>訪問対応もリモート対応もしない設定です。どちらかを設定してください</translation>
    </message>
    <message>
        <source>is below fee_day_min (%1)</source>
        <translation>fee_day_min（%1）より小さくなっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code</source>
        <translation>「%1」は2文字の言語コードではありません</translation>
    </message>
    <message>
        <source>format %1 is not known to this Mamori (it reads format 1)</source>
        <translation>形式 %1 はこの Mamori では読めません（読めるのは形式 1）</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>不明なキーです（「%1」のことですか？）</translation>
    </message>
    <message>
        <source>expected a list of strings or numbers</source>
        <translation>文字列か数値の一覧にしてください</translation>
    </message>
    <message>
        <source>expected a string, number or true/false</source>
        <translation>文字列・数値・true/false のいずれかにしてください</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is given twice (first on line %2)</source>
        <translation>ID「%1」が2回あります（最初は %2 行目）</translation>
    </message>
    <message>
        <source>a catalog file ends in .csv or .json</source>
        <translation>カタログのファイル名は .csv か .json で終わる必要があります</translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the first row</source>
        <translation>%1 列目に値がありますが、1行目にこの列の名前がありません</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1 (docs/catalog-format.md, where their Japanese names are listed too)</source>
        <translation>不明な列です。列は次のとおりです: %1（docs/catalog-format.md に日本語の列名も載っています）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has fewer than 6 digits: Excel drops leading zeros; write it as &quot;%2&quot; and format the column as text</source>
        <translation>「%1」は 6 桁に足りません。Excel は先頭の 0 を落とします。「%2」と書き、列の書式を文字列にしてください</translation>
    </message>
    <message>
        <source>cannot tell services from talent: a services file has the column &quot;scheme&quot;, a talent file &quot;display_name&quot;. Services&apos; columns: %1. Talent&apos;s columns: %2</source>
        <translation>サービスか専門家か判別できません。サービスのファイルには「scheme」列、専門家のファイルには「display_name」列があります。サービスの列: %1。専門家の列: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a web address; write URL | YYYY-MM-DD | kind | facts</source>
        <translation>「%1」がWebアドレスで始まっていません。URL | YYYY-MM-DD | 種類 | 事実 の形で書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>「%1」はWebアドレスではありません</translation>
    </message>
    <message>
        <source>a source has at most four parts (URL | YYYY-MM-DD | kind | facts): &quot;%1&quot;</source>
        <translation>出典は4つまでの部分で書きます（URL | YYYY-MM-DD | 種類 | 事実）：「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the date the source was published or read (YYYY-MM-DD, not in the future)</source>
        <translation>「%1」は出典の公開日または確認日ではありません（YYYY-MM-DD、未来の日付は不可）</translation>
    </message>
    <message>
        <source>unknown kind of source &quot;%1&quot;; allowed: %2</source>
        <translation>出典の種類「%1」は使えません。使えるのは %2 です</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;; allowed: %2</source>
        <translation>事実「%1」は使えません。使えるのは %2 です</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>事実「%1」は使えません（「%2」のことですか？）</translation>
    </message>
    <message>
        <source>an お助け隊 service includes a help desk, 24-hour monitoring, on-site response and simple cyber insurance; missing: %1</source>
        <translation>お助け隊サービスには相談窓口・24時間の監視・駆け付け・簡易サイバー保険が含まれます。不足：%1</translation>
    </message>
    <message>
        <source>an お助け隊 service sends an engineer on site when asked; list where (or &quot;all&quot;)</source>
        <translation>お助け隊サービスは求めに応じて技術者を現地に派遣します。派遣先を挙げてください（全国なら &quot;all&quot;）</translation>
    </message>
    <message>
        <source>an お助け隊 service is of the network, endpoint or hybrid type</source>
        <translation>お助け隊サービスの類型は network・endpoint・hybrid のいずれかです</translation>
    </message>
    <message>
        <source>the 新類型 is a free pilot run by METI and IPA; its price is 0</source>
        <translation>新類型は経済産業省とIPAによる無償の実証事業です。料金は0にしてください</translation>
    </message>
    <message>
        <source>a registered service needs its sources: URL | date | kind | facts for each</source>
        <translation>登録サービスには出典が必要です。出典ごとに URL | 日付 | 種類 | 事実 を書いてください</translation>
    </message>
    <message>
        <source>no source is named for: %1</source>
        <translation>次の事実の出典がありません：%1</translation>
    </message>
    <message>
        <source>expected the date the catalog was compiled (YYYY-MM-DD, not in the future)</source>
        <translation>カタログをまとめた日付（YYYY-MM-DD、未来の日付は不可）を書いてください</translation>
    </message>
    <message>
        <source>the 1類 network type is capped at ¥10,000 a month per site (compared before tax)</source>
        <translation>1類のネットワーク一括監視型の上限は、1拠点あたり月額10,000円です（税抜で比べます）</translation>
    </message>
    <message>
        <source>the 1類 endpoint type is capped at ¥2,000 a month per device (compared before tax)</source>
        <translation>1類の端末監視型の上限は、1台あたり月額2,000円です（税抜で比べます）</translation>
    </message>
</context>
<context>
    <name>mamori::CatalogStore</name>
    <message>
        <source>there is no catalog here</source>
        <translation>ここにはカタログがありません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>is not a catalog database (or is damaged); move it away and Mamori will make a new one from the bundled catalog</source>
        <translation>カタログのデータベースではないか、壊れています。別の場所へ移動すると、Mamori が同梱のカタログから新しく作ります</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt の SQLite ドライバーがありません（Debian パッケージ libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open the catalog: %1</source>
        <translation>カタログを開けません: %1</translation>
    </message>
    <message>
        <source>the catalog is damaged (%1)</source>
        <translation>カタログが壊れています（%1）</translation>
    </message>
    <message>
        <source>this is not a Mamori catalog; choose another file</source>
        <translation>Mamori のカタログではありません。別のファイルを選んでください</translation>
    </message>
    <message>
        <source>the catalog is empty</source>
        <translation>カタログが空です</translation>
    </message>
    <message>
        <source>cannot create the catalog: %1</source>
        <translation>カタログを作成できません: %1</translation>
    </message>
    <message>
        <source>the catalog has lost its schema version</source>
        <translation>カタログのスキーマ版数が失われています</translation>
    </message>
    <message>
        <source>the catalog was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</source>
        <translation>カタログは新しい Mamori で書かれています（スキーマ %1。この版が読めるのは %2 まで）。Mamori を更新してください</translation>
    </message>
    <message>
        <source>the catalog is open read-only</source>
        <translation>カタログは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>取り込みを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot write the catalog: %1</source>
        <translation>カタログに書き込めません: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>カタログ</translation>
    </message>
</context>
<context>
    <name>mamori::ChangeLog</name>
    <message>
        <source>Firm added: %1</source>
        <translation>企業を登録: %1</translation>
    </message>
    <message>
        <source>Company profile changed</source>
        <translation>企業プロフィールを変更</translation>
    </message>
    <message>
        <source>Assessment started with %1</source>
        <translation>%1 で診断を開始</translation>
    </message>
    <message>
        <source>%1: answered &quot;%2&quot;</source>
        <translation>%1: 「%2」と回答</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; changed to &quot;%3&quot;</source>
        <translation>%1: 「%2」→「%3」に変更</translation>
    </message>
    <message>
        <source>; note: %1</source>
        <translation>、メモ: %1</translation>
    </message>
    <message>
        <source>%1: note removed</source>
        <translation>%1: メモを削除</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: メモ: %2</translation>
    </message>
    <message>
        <source>%1: answer &quot;%2&quot; taken back</source>
        <translation>%1: 回答「%2」を取り消し</translation>
    </message>
    <message>
        <source>Assessment finished</source>
        <translation>診断を完了</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken in from %1</source>
        <translation>
            <numerusform>%1 から %n 件の回答を取り込み</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation>%1（メモ: %2）</translation>
    </message>
    <message>
        <source>%1: changed on both PCs; took %2 from the file over %3 here</source>
        <translation>%1: 両方のPCで変更されていました。このPCの %3 ではなく、ファイルの %2 を採用しました</translation>
    </message>
    <message>
        <source>%1: changed on both PCs; kept %2 here over %3 in the file</source>
        <translation>%1: 両方のPCで変更されていました。ファイルの %3 ではなく、このPCの %2 を残しました</translation>
    </message>
</context>
<context>
    <name>mamori::Csv</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません: %1</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>UTF-8 の BOM で始まっていますが、正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this Qt cannot read Shift_JIS</source>
        <translation>UTF-8 ではありません。この Qt では Shift_JIS を読めません</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS; save it as &quot;CSV UTF-8&quot;</source>
        <translation>UTF-8 でも Shift_JIS でもありません。「CSV UTF-8」形式で保存してください</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>ファイルが空です。1行目に列名を書いてください</translation>
    </message>
    <message>
        <source>this row has %1 cells but the header names only %2 columns</source>
        <translation>この行には %1 個のセルがありますが、見出しの列は %2 個だけです</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing)</source>
        <translation>引用符で始まるセルが閉じられていません（&quot; が足りません）</translation>
    </message>
    <message>
        <source>text after the closing quote of a cell; put the whole cell in quotes and double the quotes inside it</source>
        <translation>セルの閉じ引用符の後に文字があります。セル全体を引用符で囲み、中の引用符は2つ重ねてください</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; put the whole cell in quotes and double the quotes inside it</source>
        <translation>引用符で始まらないセルの中に引用符があります。セル全体を引用符で囲み、中の引用符は2つ重ねてください</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB for a spreadsheet; split it</source>
        <translation>ファイルが表計算ファイルの上限 %1 MiB を超えています。分割してください</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters; is this the right file?</source>
        <translation>%1 文字を超えるセルがあります。正しいファイルですか？</translation>
    </message>
    <message>
        <source>the header names more than %1 columns; is this the right file?</source>
        <translation>見出し行の列が %1 を超えています。正しいファイルですか？</translation>
    </message>
    <message>
        <source>this row has more cells than the header&apos;s %1 columns</source>
        <translation>この行には見出しの %1 列より多くのセルがあります</translation>
    </message>
</context>
<context>
    <name>mamori::Expression</name>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>条件式が %1 文字を超えています</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after a complete expression; join conditions with &amp;&amp; or ||</source>
        <translation>条件式の終わりの後に予期しない &quot;%1&quot; があります。条件は &amp;&amp; または || でつないでください</translation>
    </message>
    <message>
        <source>the expression must be true or false, but it is a %1; compare it with something</source>
        <translation>条件式の結果は true か false になる必要がありますが、%1 になっています。何かと比較してください</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>条件式の終わり</translation>
    </message>
    <message>
        <source>single &quot;%1&quot;; write &quot;%1%1&quot;</source>
        <translation>&quot;%1&quot; を単独では使えません。&quot;%1%1&quot; と書いてください</translation>
    </message>
    <message>
        <source>single &quot;=&quot;; write &quot;==&quot; to compare</source>
        <translation>&quot;=&quot; を単独では使えません。比較には &quot;==&quot; と書いてください</translation>
    </message>
    <message>
        <source>the string is not closed; add %1</source>
        <translation>文字列が閉じられていません。%1 を追加してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator here; use %2</source>
        <translation>&quot;%1&quot; はここでは演算子として使えません。%2 を使ってください</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>予期しない文字 &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>条件式の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>%1 needs true/false on both sides, found a %2</source>
        <translation>%1 の両側には true/false が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; allowed: %3</source>
        <translation>&quot;%1&quot; は %2 の値として使えません。使える値: %3</translation>
    </message>
    <message>
        <source>a list cannot be compared with %1; test membership with: &quot;value&quot; in list</source>
        <translation>リストは %1 で比較できません。含まれるかどうかは &quot;value&quot; in list の形で調べてください</translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2</source>
        <translation>%1 と %2 は比較できません</translation>
    </message>
    <message>
        <source>%1 compares numbers only, found a %2</source>
        <translation>%1 で比較できるのは数値だけですが、%2 があります</translation>
    </message>
    <message>
        <source>only a number or a string can be looked up in a list, found a %1</source>
        <translation>リストの中を調べられるのは数値か文字列だけですが、%1 があります</translation>
    </message>
    <message>
        <source>the list is not closed; add ]</source>
        <translation>リストが閉じられていません。] を追加してください</translation>
    </message>
    <message>
        <source>expected a %1 in the list, found &quot;%2&quot;</source>
        <translation>リストの要素は %1 である必要がありますが、&quot;%2&quot; があります</translation>
    </message>
    <message>
        <source>expected , or ] in the list</source>
        <translation>リストには , または ] が必要です</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>リストが空です</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list: [a, b] or a list field such as assets.cloud</source>
        <translation>&quot;in&quot; にはリストが必要です: [a, b] または assets.cloud のようなリスト形式の項目</translation>
    </message>
    <message>
        <source>a list field holds strings; found a %1 before &quot;in&quot;</source>
        <translation>リスト形式の項目には文字列が入ります。&quot;in&quot; の前に %1 があります</translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot;</source>
        <translation>不明なプロフィール項目 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>不明なプロフィール項目 &quot;%1&quot; です（&quot;%2&quot; のことですか？）</translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at column %1</source>
        <translation>%1 文字目の &quot;(&quot; を閉じる &quot;)&quot; がありません</translation>
    </message>
    <message>
        <source>the expression ends too early; a value is missing</source>
        <translation>条件式が途中で終わっています。値がありません</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected a value or a profile field</source>
        <translation>予期しない &quot;%1&quot; があります。値またはプロフィール項目が必要です</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>条件式が空です</translation>
    </message>
</context>
<context>
    <name>mamori::Files</name>
    <message>
        <source>a journal of the catalog %1 that is open</source>
        <translation>開いているカタログ %1 のジャーナル</translation>
    </message>
    <message>
        <source>a journal of the database %1 that is open</source>
        <translation>開いているデータベース %1 のジャーナル</translation>
    </message>
    <message>
        <source>the database %1 that is open</source>
        <translation>開いているデータベース %1</translation>
    </message>
    <message>
        <source>the catalog %1 that is open</source>
        <translation>開いているカタログ %1</translation>
    </message>
    <message>
        <source>the file %1 that this command reads</source>
        <translation>このコマンドが読み込むファイル %1</translation>
    </message>
    <message>
        <source>is a link to nothing; give the %1 file itself</source>
        <translation>リンク先が存在しないリンクです。%1 ファイルそのものを指定してください</translation>
    </message>
    <message>
        <source>is a folder, not a %1 file</source>
        <translation>%1 ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>is a device, pipe or socket, not a %1 file; nothing was opened or changed</source>
        <translation>%1 ファイルではなく、デバイス・パイプ・ソケットのいずれかです。何も開かず、何も変更していません</translation>
    </message>
    <message>
        <source>is a link (to %1); Mamori does not write through links: name the file itself, or remove the link; nothing was written</source>
        <translation>リンク（リンク先 %1）です。Mamori はリンクを通して書き込みません。ファイルそのものを指定するか、リンクを削除してください。何も書き込んでいません</translation>
    </message>
    <message>
        <source>is a device, pipe or socket, not a regular file; nothing was written</source>
        <translation>通常のファイルではなく、デバイス・パイプ・ソケットのいずれかです。何も書き込んでいません</translation>
    </message>
    <message>
        <source>is %1; writing here would destroy it. Choose another file; nothing was written</source>
        <translation>%1 です。ここに書き込むと壊れてしまいます。別のファイルを選んでください。何も書き込んでいません</translation>
    </message>
    <message>
        <source>is a folder; name a file to write; nothing was written</source>
        <translation>フォルダーです。書き込むファイル名を指定してください。何も書き込んでいません</translation>
    </message>
</context>
<context>
    <name>mamori::History</name>
    <message>
        <source>assessment %1: %2</source>
        <translation>診断 %1: %2</translation>
    </message>
    <message>
        <source>assessments %1 and %2 are of different firms</source>
        <translation>診断 %1 と %2 は別の企業のものです</translation>
    </message>
    <message>
        <source>assessments %1 and %2 use different packs (%3, %4); only assessments with the same pack can be compared</source>
        <translation>診断 %1 と %2 は別のパック（%3、%4）を使っています。比較できるのは同じパックの診断どうしだけです</translation>
    </message>
</context>
<context>
    <name>mamori::JsonChecker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 が指定されています</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given more than once</source>
        <translation>キー &quot;%1&quot; が複数回指定されています</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>不明なキー &quot;%1&quot; です（&quot;%2&quot; のことですか？）</translation>
    </message>
    <message>
        <source>the required key &quot;%1&quot; is missing</source>
        <translation>必須のキー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>整数が必要ですが、%1 が指定されています</translation>
    </message>
    <message>
        <source>the Japanese text is empty</source>
        <translation>日本語のテキストが空です</translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation>英語のテキストが空です</translation>
    </message>
    <message>
        <source>more than %1 problems; stopping here</source>
        <translation>問題が %1 件を超えたため、ここで確認を打ち切ります</translation>
    </message>
</context>
<context>
    <name>mamori::JsonParser</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON の値の終わりの後に余分なテキストがあります</translation>
    </message>
    <message>
        <source>unexpected character; expected a JSON value</source>
        <translation>予期しない文字です。JSON の値が必要です</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a JSON value</source>
        <translation>入力が途中で終わっています。JSON の値が必要です</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; refusing to read further</source>
        <translation>入れ子が %1 段を超えています。これ以上は読み込みません</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>引用符で囲んだキーが必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>キーの後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>入力が途中で終わっています。&apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>入力が途中で終わっています。&apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>\u エスケープが不完全です</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>\u エスケープが不正です</translation>
    </message>
    <message>
        <source>control character inside a string; use an escape such as \n</source>
        <translation>文字列の中に制御文字があります。\n などのエスケープを使ってください</translation>
    </message>
    <message>
        <source>string is not terminated</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation>\u エスケープに対になっていないサロゲートがあります</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>不正なエスケープシーケンスです</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>不正な数値です</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>不正な数値です: 先頭に余分な 0 は付けられません</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>不正な数値です: 小数点の後に数字が必要です</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>不正な数値です: 指数部に数字が必要です</translation>
    </message>
    <message>
        <source>number is out of range</source>
        <translation>数値が範囲外です</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes; refusing to read it</source>
        <translation>ファイルが上限の %1 バイトを超えています。読み込みを中止します</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM</source>
        <translation>ファイルの先頭に UTF-8 の BOM（バイトオーダーマーク）があります。BOM なしの UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation>ファイルが正しい UTF-8 ではありません（位置 %2 のバイト 0x%1）。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; refusing to read further</source>
        <translation>ファイルの値が %1 個を超えています。これ以上は読み込みません</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>ファイルを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Matching</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers leave no gap that a service or an expert would close; ranked on the other points only.</source>
        <translation>回答には、サービスや専門家で埋めるべき不足がありません。ほかの観点だけで順位を付けています。</translation>
    </message>
    <message>
        <source>Covers none of your needs.</source>
        <translation>必要な対策を1つもカバーしません。</translation>
    </message>
    <message>
        <source>Covers %1 of your %2 needs (%3% of their weight): %4.</source>
        <translation>必要な対策 %2 件のうち %1 件をカバー（重みの %3%）: %4。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>on-site support</source>
        <translation>訪問対応</translation>
    </message>
    <message>
        <source>number of devices</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>受付状況</translation>
    </message>
    <message>
        <source>%1 a month per site</source>
        <translation>1拠点あたり月額 %1</translation>
    </message>
    <message>
        <source>%1 per device × %2 devices</source>
        <translation>1台あたり %1 × %2 台</translation>
    </message>
    <message>
        <source>(the service&apos;s minimum)</source>
        <translation>（サービスの最低台数）</translation>
    </message>
    <message>
        <source>%1 per user × %2 users</source>
        <translation>1人あたり %1 × %2 人</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>%1は対象地域外です</translation>
    </message>
    <message>
        <source>sends no engineer on site to %1</source>
        <translation>%1への駆けつけ対応がありません</translation>
    </message>
    <message>
        <source>covers at most %1 devices; you have %2</source>
        <translation>対象は %1 台までです（貴社は %2 台）</translation>
    </message>
    <message>
        <source>is for firms of up to %1 employees; you have %2</source>
        <translation>従業員 %1 人までの企業向けです（貴社は %2 人）</translation>
    </message>
    <message>
        <source>its scheme (%1) is not among those chosen</source>
        <translation>制度（%1）が選んだものに含まれていません</translation>
    </message>
    <message>
        <source>costs about %1 a month for you; the budget is %2</source>
        <translation>貴社では月額約 %1で、予算 %2を超えます</translation>
    </message>
    <message>
        <source>Does not cover: %1.</source>
        <translation>カバーしないもの: %1。</translation>
    </message>
    <message>
        <source>About %1 a month for you (%2); %3 in the first year with the initial fee of %4.</source>
        <translation>貴社では月額約 %1（%2）。初期費用 %4を含め初年度 %3。</translation>
    </message>
    <message>
        <source>About %1 a month for you (%2); %3 in the first year.</source>
        <translation>貴社では月額約 %1（%2）。初年度 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Minimum term: %n month(s).</source>
        <translation>
            <numerusform>最低契約期間: %n か月。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: help desk, 24-hour monitoring, on-site response and simple cyber insurance in one package, checked against IPA&apos;s criteria.</source>
        <translation>%1: 相談窓口・24時間の異常監視・駆けつけ対応・簡易サイバー保険がひとまとまりになっており、IPA の基準で確認されています。</translation>
    </message>
    <message>
        <source>Class 2 is meant for mid-size and larger SMEs like yours.</source>
        <translation>2類は貴社のような中規模以上の中小企業向けです。</translation>
    </message>
    <message>
        <source>Sends an engineer on site to %1.</source>
        <translation>%1へ駆けつけ対応があります。</translation>
    </message>
    <message>
        <source>Remote support only in %1.</source>
        <translation>%1ではリモート対応のみです。</translation>
    </message>
    <message>
        <source>Its fees can be paid in part by the IT導入補助金 (security support).</source>
        <translation>料金の一部に IT導入補助金（セキュリティ対策推進枠）を使えます。</translation>
    </message>
    <message>
        <source>The catalog holds no services; an administrator imports a list with &quot;mamori-cli catalog import&quot;.</source>
        <translation>カタログにサービスがありません。管理者が「mamori-cli catalog import」で一覧を取り込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Raise the budget to %1 a month: %n service(s) would then match.</source>
        <translation>
            <numerusform>予算を月額 %1に上げると、%n 件のサービスが該当します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept remote support without on-site visits: %n service(s) would then match.</source>
        <translation>
            <numerusform>駆けつけなしのリモート対応を認めると、%n 件のサービスが該当します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include every scheme: %n service(s) would then match.</source>
        <translation>
            <numerusform>すべての制度を含めると、%n 件のサービスが該当します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) are made for smaller firms; a class 2 (2類) service or a provider&apos;s larger plan fits yours.</source>
        <translation>
            <numerusform>%n 件のサービスはより小規模な企業向けです。2類のサービスや提供事業者の上位プランが貴社に合います。</numerusform>
        </translation>
    </message>
    <message>
        <source>No service in the catalog serves %1: import your region&apos;s list, or ask the local chamber of commerce which お助け隊 services cover it.</source>
        <translation>カタログには%1を対象とするサービスがありません。地域の一覧を取り込むか、地元の商工会議所に対応するお助け隊サービスを尋ねてください。</translation>
    </message>
    <message>
        <source>Every service fails more than one condition; loosen several at once, or import a fuller list.</source>
        <translation>どのサービスも複数の条件を満たしません。いくつかの条件を同時に緩めるか、より多くの一覧を取り込んでください。</translation>
    </message>
    <message>
        <source>the catalog changed while matching; try again</source>
        <translation>照合中にカタログが変わりました。もう一度試してください</translation>
    </message>
    <message numerus="yes">
        <source>Works on %n of the areas where you fall short of the target.</source>
        <translation>
            <numerusform>目標に届いていない分野のうち %n 分野を扱います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes on site in %1, and also works remotely.</source>
        <translation>%1への訪問対応も、リモート対応もできます。</translation>
    </message>
    <message>
        <source>Comes on site in %1.</source>
        <translation>%1への訪問対応ができます。</translation>
    </message>
    <message>
        <source>Works remotely.</source>
        <translation>リモートで対応します。</translation>
    </message>
    <message>
        <source>Fee: %1–%2 a day.</source>
        <translation>報酬: 1日 %1〜%2。</translation>
    </message>
    <message>
        <source>Fee: %1 a day.</source>
        <translation>報酬: 1日 %1。</translation>
    </message>
    <message>
        <source>情報処理安全確保支援士 (No. %1), statutory training up to date.</source>
        <translation>情報処理安全確保支援士（登録番号 %1）、法定講習は受講済みです。</translation>
    </message>
    <message>
        <source>情報処理安全確保支援士 (No. %1); training status not confirmed.</source>
        <translation>情報処理安全確保支援士（登録番号 %1）、講習の受講状況は未確認です。</translation>
    </message>
    <message>
        <source>Has worked in your industry (%1).</source>
        <translation>貴社の業種（%1）での実績があります。</translation>
    </message>
    <message>
        <source>Has little time free at the moment.</source>
        <translation>現在は空きがわずかです。</translation>
    </message>
    <message>
        <source>Can be engaged through %1, which may lower the cost.</source>
        <translation>%1を通じて依頼でき、費用を抑えられる場合があります。</translation>
    </message>
    <message>
        <source>Sample entry: a fictional person, shipped so that matching works out of the box.</source>
        <translation>サンプルです: 架空の人物で、すぐに照合を試せるよう同梱しています。</translation>
    </message>
    <message>
        <source>does not work on site in %1</source>
        <translation>%1への訪問対応をしていません</translation>
    </message>
    <message>
        <source>works only on site, and not in %1</source>
        <translation>訪問対応のみで、%1は対象外です</translation>
    </message>
    <message>
        <source>is not taking work at the moment</source>
        <translation>現在は依頼を受け付けていません</translation>
    </message>
    <message>
        <source>charges from %1 a day; the budget is %2</source>
        <translation>報酬は1日 %1からで、予算 %2を超えます</translation>
    </message>
    <message numerus="yes">
        <source>Raise the budget to %1 a day: %n expert(s) would then match.</source>
        <translation>
            <numerusform>予算を1日 %1に上げると、%n 人の専門家が該当します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept remote work: %n expert(s) would then match.</source>
        <translation>
            <numerusform>リモート対応を認めると、%n 人の専門家が該当します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) would match but are fully booked; ask again later.</source>
        <translation>
            <numerusform>%n 人の専門家が該当しますが、現在は予定が埋まっています。後日あらためて確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the catalog works in %1 or remotely: import a fuller list, or ask 中小企業119 for an expert.</source>
        <translation>カタログには%1で訪問対応する人もリモート対応する人もいません。より多くの一覧を取り込むか、中小企業119 で専門家を探してください。</translation>
    </message>
    <message>
        <source>Everyone fails more than one condition; loosen several at once.</source>
        <translation>全員が複数の条件を満たしません。いくつかの条件を同時に緩めてください。</translation>
    </message>
    <message>
        <source>Fee: not stated; ask.</source>
        <translation>報酬: 記載なし（要確認）。</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>料金は問い合わせ</translation>
    </message>
    <message>
        <source> (tax included)</source>
        <translation>（税込）</translation>
    </message>
    <message>
        <source> (before tax)</source>
        <translation>（税抜）</translation>
    </message>
    <message>
        <source>The provider does not publish a price; ask for a quote.</source>
        <translation>料金は公開されていません。見積もりを依頼してください。</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>無償です。</translation>
    </message>
    <message>
        <source>%1: a pilot that METI runs with IPA while it creates this type, to help firms take the measures of the supply-chain security rating (SCS評価制度).</source>
        <translation>%1：経済産業省がこの類型の創設に向けてIPAと行う実証事業で、サプライチェーン強化に向けたセキュリティ対策評価制度（SCS評価制度）の対策への取組を支援します。</translation>
    </message>
    <message>
        <source>The provider has not published where it works; ask whether it serves %1.</source>
        <translation>提供地域は公開されていません。%1が対象かどうか問い合わせてください。</translation>
    </message>
    <message>
        <source>Where it sends an engineer on site is not published; ask about %1.</source>
        <translation>技術者の駆け付け先は公開されていません。%1に来てもらえるか問い合わせてください。</translation>
    </message>
    <message>
        <source>These facts date from %1, longer ago than Mamori&apos;s limit of %2 months: check the provider&apos;s current terms.</source>
        <translation>この情報は%1時点のもので、Mamoriの目安の%2か月より古くなっています。提供事業者の現在の条件を確認してください。</translation>
    </message>
    <message>
        <source>Sample entry: a fictional provider, for demonstrations and tests.</source>
        <translation>サンプルです。説明と試験のための架空の提供事業者です。</translation>
    </message>
    <message>
        <source>Mamori ships no list of experts: real people must agree to be listed, and a list goes out of date. Find one through 中小企業119 (experts searchable by field, industry, area and qualification), IPA&apos;s public search of registered 情報処理安全確保支援士, or your chamber of commerce; an administrator can import a list with &quot;mamori-cli catalog import&quot;.</source>
        <translation>Mamoriには専門家の一覧は入っていません（掲載には本人の同意が要り、一覧はすぐ古くなるためです）。中小企業119（専門分野・業種・地域・資格で専門家を検索できます）、IPAの情報処理安全確保支援士の検索、または地元の商工会議所・商工会で探してください。管理者は「mamori-cli catalog import」で一覧を取り込めます。</translation>
    </message>
</context>
<context>
    <name>mamori::PackCsv</name>
    <message>
        <source>this column is named twice</source>
        <translation>この列名が2回使われています</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/authoring.md, and a column whose name starts with # is ignored</source>
        <translation>不明な列です。使える列は docs/authoring.md に載っています。列名が # で始まる列は読み飛ばされます</translation>
    </message>
    <message>
        <source>unknown column (did you mean &quot;%1&quot;?)</source>
        <translation>不明な列です（「%1」のことですか？）</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>この列は必須です</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is already used on line %2</source>
        <translation>設問ID「%1」は %2 行目で既に使われています</translation>
    </message>
    <message>
        <source>this cell is required</source>
        <translation>このセルは必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; leave the cell empty for the weight 1</source>
        <translation>「%1」は数値ではありません。重み1にするならセルを空にしてください</translation>
    </message>
    <message>
        <source>give low, medium or high (低, 中 or 高)</source>
        <translation>low、medium、high（低、中、高）のいずれかを入れてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; give low, medium or high (低, 中 or 高)</source>
        <translation>「%1」は段階として使えません。low、medium、high（低、中、高）のいずれかを入れてください</translation>
    </message>
    <message>
        <source>the spreadsheet has no questions</source>
        <translation>表に設問が1つもありません</translation>
    </message>
    <message>
        <source>the questions were not checked against a base with errors; fix the base first</source>
        <translation>ベースのファイルに誤りがあるため、設問は確認していません。先にベースを直してください</translation>
    </message>
    <message>
        <source>this text is required, in Japanese (%1) and English (%2)</source>
        <translation>この文章は必須です。日本語（%1）と英語（%2）の両方を入れてください</translation>
    </message>
    <message>
        <source>the Japanese text is missing; every text is needed in both languages</source>
        <translation>日本語の文章がありません。文章はすべて日英両方が必要です</translation>
    </message>
    <message>
        <source>the English text is missing; every text is needed in both languages</source>
        <translation>英語の文章がありません。文章はすべて日英両方が必要です</translation>
    </message>
    <message>
        <source>a follow-up needs the question it follows in the column depends_on</source>
        <translation>追加の設問には、元になる設問を depends_on 列に入れてください</translation>
    </message>
    <message>
        <source>name the answers of &quot;%1&quot; that open this follow-up</source>
        <translation>この追加の設問を開く「%1」の回答を入れてください</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>ファイルが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the base must be a pack: a JSON object with the pack&apos;s id, version, scale and categories</source>
        <translation>ベースは質問票のファイル（ID、版、回答の尺度、カテゴリを持つJSONオブジェクト）である必要があります</translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the header</source>
        <translation>見出しに名前のない %1 列目に値があります</translation>
    </message>
</context>
<context>
    <name>mamori::PackLoader</name>
    <message>
        <source>unsupported pack format %1; this version of Mamori reads format 1</source>
        <translation>パックの形式 %1 には対応していません。このバージョンの Mamori が読み込めるのは形式 1 です</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is not MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation>バージョン &quot;%1&quot; が MAJOR.MINOR.PATCH の形式（例: 1.0.0）になっていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1–64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; は id として使えません。英小文字・数字・&apos;_&apos;・&apos;-&apos; の 1〜64 文字で、先頭は英小文字か数字にしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>&quot;%1&quot; は http(s) のアドレスではありません</translation>
    </message>
    <message>
        <source>must be between 0 and 100, found %1</source>
        <translation>0〜100 の範囲で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>the guideline id must be 1–128 characters without spaces</source>
        <translation>ガイドラインの id は空白を含まない 1〜128 文字にしてください</translation>
    </message>
    <message>
        <source>the scale is empty; a pack needs answer choices</source>
        <translation>回答の選択肢（scale）が空です。パックには回答の選択肢が必要です</translation>
    </message>
    <message>
        <source>the choice id &quot;%1&quot; is used more than once</source>
        <translation>選択肢の id &quot;%1&quot; が複数回使われています</translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice takes the question out of scoring and has no points; remove &quot;points&quot;</source>
        <translation>「該当しない」の選択肢は質問を採点から外すため、点数を持ちません。&quot;points&quot; を削除してください</translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice cannot also be flagged</source>
        <translation>「該当しない」の選択肢には &quot;flag&quot; を指定できません</translation>
    </message>
    <message>
        <source>the choice needs &quot;points&quot; (or &quot;not_applicable&quot;: true)</source>
        <translation>選択肢には &quot;points&quot;（または &quot;not_applicable&quot;: true）が必要です</translation>
    </message>
    <message>
        <source>points must be between -1000 and 1000, found %1</source>
        <translation>points は -1000〜1000 の範囲で指定してください（指定値: %1）</translation>
    </message>
    <message>
        <source>only one choice may be &quot;not applicable&quot;</source>
        <translation>「該当しない」の選択肢は 1 つだけにしてください</translation>
    </message>
    <message>
        <source>the scale has no choice that scores points</source>
        <translation>回答の選択肢に点数の付くものがありません</translation>
    </message>
    <message>
        <source>the highest choice must score more than 0 points, or no score can be computed</source>
        <translation>最も高い選択肢の点数は 0 より大きくしてください。そうしないと得点を計算できません</translation>
    </message>
    <message>
        <source>&quot;levels&quot; is empty; remove it or add bands</source>
        <translation>&quot;levels&quot; が空です。削除するか、レベルを追加してください</translation>
    </message>
    <message>
        <source>the level id &quot;%1&quot; is used more than once</source>
        <translation>レベルの id &quot;%1&quot; が複数回使われています</translation>
    </message>
    <message>
        <source>two levels start at %1</source>
        <translation>%1 から始まるレベルが 2 つあります</translation>
    </message>
    <message>
        <source>no level starts at 0, so low scores would have no level</source>
        <translation>0 から始まるレベルがないため、低い得点にレベルが付きません</translation>
    </message>
    <message>
        <source>a pack needs at least one category</source>
        <translation>パックには少なくとも 1 つのカテゴリが必要です</translation>
    </message>
    <message>
        <source>the category id &quot;%1&quot; is used more than once</source>
        <translation>カテゴリの id &quot;%1&quot; が複数回使われています</translation>
    </message>
    <message>
        <source>a reference id must be 1–128 characters without spaces</source>
        <translation>参照の id は空白を含まない 1〜128 文字にしてください</translation>
    </message>
    <message>
        <source>the reference id &quot;%1&quot; is defined more than once</source>
        <translation>参照の id &quot;%1&quot; が複数回定義されています</translation>
    </message>
    <message>
        <source>a pack needs at least one question</source>
        <translation>パックには少なくとも 1 つの質問が必要です</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is already used by question %2</source>
        <translation>質問の id &quot;%1&quot; は質問 %2 ですでに使われています</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the pack defines: %2</source>
        <translation>不明なカテゴリ &quot;%1&quot; です。このパックのカテゴリ: %2</translation>
    </message>
    <message>
        <source>the weight must be greater than 0, found %1; to leave a question out of scoring, use applies_if</source>
        <translation>重みは 0 より大きくしてください（指定値: %1）。質問を採点から外すには applies_if を使ってください</translation>
    </message>
    <message>
        <source>the weight must be at most 100, found %1</source>
        <translation>重みは 100 以下にしてください（指定値: %1）</translation>
    </message>
    <message>
        <source>column %1 of the expression: %2</source>
        <translation>条件式の %1 文字目: %2</translation>
    </message>
    <message>
        <source>depends on the unknown question &quot;%1&quot;</source>
        <translation>不明な質問 &quot;%1&quot; に依存しています</translation>
    </message>
    <message>
        <source>a question cannot depend on itself</source>
        <translation>質問は自分自身に依存できません</translation>
    </message>
    <message>
        <source>list at least one answer that opens this question</source>
        <translation>この質問を出す回答を 1 つ以上挙げてください</translation>
    </message>
    <message>
        <source>unknown scale choice &quot;%1&quot;</source>
        <translation>不明な回答の選択肢 &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not defined; add it to &quot;references&quot;</source>
        <translation>参照 &quot;%1&quot; が定義されていません。&quot;references&quot; に追加してください</translation>
    </message>
    <message>
        <source>unknown reference &quot;%1&quot;; define it in &quot;references&quot;</source>
        <translation>不明な参照 &quot;%1&quot; です。&quot;references&quot; で定義してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of low, medium, high</source>
        <translation>&quot;%1&quot; は low, medium, high のいずれでもありません</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot;; see questionnaires/vocabulary/capabilities.json</source>
        <translation>不明な対応機能 &quot;%1&quot; です。questionnaires/vocabulary/capabilities.json を参照してください</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>不明な対応機能 &quot;%1&quot; です（&quot;%2&quot; のことですか？）</translation>
    </message>
    <message>
        <source>follow-up questions depend on each other in a loop: %1</source>
        <translation>追加の質問が互いに依存してループしています: %1</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no questions</source>
        <translation>カテゴリ &quot;%1&quot; に質問がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens the question, so it cannot also be what it counts as while closed</source>
        <translation>「%1」はこの質問を開く回答なので、質問が閉じているときの扱いには指定できません</translation>
    </message>
    <message>
        <source>follow-up questions nest deeper than %1 levels</source>
        <translation>追加の質問の入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still a question of this version; a question can only replace one that is gone</source>
        <translation>「%1」はこのバージョンにもある質問です。置き換えられるのは、なくなった質問だけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」が二度書かれています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still a question of this version</source>
        <translation>「%1」はこのバージョンにもある質問です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is replaced by &quot;%2&quot;, so it is not removed</source>
        <translation>「%1」は「%2」に置き換えられているため、削除ではありません</translation>
    </message>
    <message>
        <source>each part of the version &quot;%1&quot; must be at most %2</source>
        <translation>バージョン「%1」の各部分は %2 以下でなければなりません</translation>
    </message>
    <message>
        <source>&quot;checked&quot; is document, secondary or no</source>
        <translation>&quot;checked&quot; は document・secondary・no のいずれかです</translation>
    </message>
</context>
<context>
    <name>mamori::PackMigration</name>
    <message>
        <source>assessment %1 was made with %2 %3, not %4 %5</source>
        <translation>診断 %1 は %2 %3 で行われたもので、%4 %5 ではありません</translation>
    </message>
    <message>
        <source>%1 is another pack than %2; migration moves between versions of one pack</source>
        <translation>%1 は %2 とは別の質問票です。移行できるのは同じ質問票のバージョン間だけです</translation>
    </message>
    <message>
        <source>assessment %1 already uses %2 %3</source>
        <translation>診断 %1 は既に %2 %3 を使っています</translation>
    </message>
</context>
<context>
    <name>mamori::PackRepository</name>
    <message>
        <source>no pack with the id &quot;%1&quot;; installed packs: %2</source>
        <translation>id が &quot;%1&quot; のパックはありません。インストール済みのパック: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>使用を拒否（%1）：%2</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス指定</translation>
    </message>
    <message>
        <source>a pack bundled with Mamori must be signed; this build is incomplete</source>
        <translation>Mamori 同梱の質問票には署名が必要です。このビルドは不完全です</translation>
    </message>
    <message>
        <source>not signed; used because it was named directly or lies in $MAMORI_PACK_PATH</source>
        <translation>署名なし。ファイルを直接指定したか $MAMORI_PACK_PATH にあるため使用しています</translation>
    </message>
    <message>
        <source>not signed; install it again with --allow-unsigned to use it anyway</source>
        <translation>署名なし。それでも使う場合は --allow-unsigned を付けてインストールし直してください</translation>
    </message>
    <message>
        <source>the unsigned pack was changed after it was installed</source>
        <translation>署名のない質問票がインストール後に変更されています</translation>
    </message>
    <message>
        <source>not signed; installed with --allow-unsigned on %1</source>
        <translation>署名なし。%1 に --allow-unsigned でインストール</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; is not installed</source>
        <translation>質問票「%1」はインストールされていません</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is not installed (installed: %3)</source>
        <translation>「%2」のバージョン %1 はインストールされていません（インストール済み：%3）</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already %3 (%4) with different content; a changed pack needs a new version number</source>
        <translation>「%2」のバージョン %1 は内容の異なるものが既にあります（%3、%4）。内容を変えた質問票には新しいバージョン番号が必要です</translation>
    </message>
    <message>
        <source>cannot create the folder for installed packs</source>
        <translation>質問票のインストール先フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1 is not an installed pack: it comes with Mamori or from $MAMORI_PACK_PATH, and cannot be removed</source>
        <translation>%1 はインストールされた質問票ではありません（Mamori 同梱か $MAMORI_PACK_PATH のもの）。削除できません</translation>
    </message>
    <message>
        <source>no installed pack matches &quot;%1&quot;</source>
        <translation>「%1」に当たるインストール済みの質問票はありません</translation>
    </message>
    <message>
        <source>several versions of &quot;%1&quot; are installed; name one: %2</source>
        <translation>「%1」は複数のバージョンがインストールされています。どれか一つを指定してください：%2</translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation>ファイルを削除できません</translation>
    </message>
    <message>
        <source>refused: the pack is not signed; to install it anyway, give --allow-unsigned (pack lists will then mark it as unsigned)</source>
        <translation>拒否：質問票に署名がありません。それでもインストールする場合は --allow-unsigned を付けてください（質問票の一覧に「署名なし」と表示されます）</translation>
    </message>
    <message>
        <source>built into Mamori; %1</source>
        <translation>Mamori に組み込み済み。%1</translation>
    </message>
</context>
<context>
    <name>mamori::PackSuggestion</name>
    <message numerus="yes">
        <source>The full SME guideline, %n question(s) chosen for your IT assets: the level that large customers increasingly ask their suppliers for.</source>
        <translation>
            <numerusform>中小企業の情報セキュリティ対策ガイドライン全体から、貴社の IT 資産に合わせた %n 問。大手企業が取引先に求めることが増えている水準です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The full SME guideline, %n question(s) chosen for your IT assets.</source>
        <translation>
            <numerusform>中小企業の情報セキュリティ対策ガイドライン全体から、貴社の IT 資産に合わせた %n 問。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An installed questionnaire; %n of its questions apply to you.</source>
        <translation>
            <numerusform>インストール済みの質問票。うち %n 問が貴社に当てはまります。</numerusform>
        </translation>
    </message>
    <message>
        <source>For executives: how firmly the ten instructions of METI&apos;s Cybersecurity Management Guidelines are in place, on a five-level maturity scale.</source>
        <translation>経営者向け：経済産業省「サイバーセキュリティ経営ガイドライン」の重要10項目がどこまで定着しているかを5段階で確かめます。</translation>
    </message>
    <message>
        <source>Preparation for ★3 of the supply-chain security evaluation scheme, which large customers are expected to ask of suppliers (based on published drafts).</source>
        <translation>大手の取引先が求めるようになる見込みの、サプライチェーン対策評価制度 ★3 への準備です（公表された案に基づく）。</translation>
    </message>
    <message>
        <source>Preparation for ★3 of the supply-chain security evaluation scheme (based on published drafts).</source>
        <translation>サプライチェーン対策評価制度 ★3 への準備です（公表された案に基づく）。</translation>
    </message>
    <message>
        <source>IPA&apos;s 25-question self-check: a quick first look at the basics.</source>
        <translation>IPA の25問の自社診断です。基本の対策を手早く確かめられます。</translation>
    </message>
    <message>
        <source>IPA&apos;s 25-question self-check, which SECURITY ACTION&apos;s second step (★★) asks for: about 15 minutes.</source>
        <translation>IPA の25問の自社診断です。SECURITY ACTION の二つ星（★★）で実施が求められます。約15分です。</translation>
    </message>
</context>
<context>
    <name>mamori::PackTrust</name>
    <message>
        <source>signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>改ざん</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>不明な署名者</translation>
    </message>
    <message>
        <source>expired key</source>
        <translation>期限切れの鍵</translation>
    </message>
    <message>
        <source>damaged signature</source>
        <translation>署名ファイルの破損</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; (%2) expired on %3; ask its owner for their current key</source>
        <translation>鍵「%1」（%2）は %3 に期限が切れています。持ち主に現在の鍵をもらってください</translation>
    </message>
    <message>
        <source>cannot create the folder for trusted keys</source>
        <translation>信頼する鍵のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>no trusted key has the id &quot;%1&quot;; trusted keys: %2</source>
        <translation>ID「%1」の信頼済みの鍵はありません。信頼済みの鍵：%2</translation>
    </message>
    <message>
        <source>the key %1 signs the packs that come with Mamori and cannot be removed</source>
        <translation>鍵 %1 は Mamori 同梱の質問票の署名に使われているため、削除できません</translation>
    </message>
    <message>
        <source>cannot remove the key file</source>
        <translation>鍵のファイルを削除できません</translation>
    </message>
    <message>
        <source>the pack is not signed (no %1 beside it)</source>
        <translation>質問票に署名がありません（同じ場所に %1 がありません）</translation>
    </message>
    <message>
        <source>the signature file cannot be read: %1</source>
        <translation>署名ファイルを読み取れません：%1</translation>
    </message>
    <message>
        <source>signed by &quot;%1&quot; with the key %2, which is not trusted here; if you know this signer, check the key with them and add it with &quot;mamori-cli trust add&quot;</source>
        <translation>「%1」が鍵 %2 で署名していますが、この鍵は信頼されていません。署名者を知っている場合は、鍵を本人に確認してから「mamori-cli trust add」で追加してください</translation>
    </message>
    <message>
        <source>the signature does not match: the signature file was changed after signing</source>
        <translation>署名が一致しません。署名ファイルが署名後に変更されています</translation>
    </message>
    <message>
        <source>the pack was changed after &quot;%1&quot; signed it on %2</source>
        <translation>質問票は「%1」が %2 に署名した後に変更されています</translation>
    </message>
    <message>
        <source>the signature is for %1 %2, not for %3 %4</source>
        <translation>この署名は %1 %2 のもので、%3 %4 のものではありません</translation>
    </message>
    <message>
        <source>the key of &quot;%1&quot; (%2) expired on %3; ask them for the pack signed with their current key</source>
        <translation>「%1」の鍵（%2）は %3 に期限が切れています。現在の鍵で署名した質問票をもらってください</translation>
    </message>
    <message>
        <source>signed on %1, after the key of &quot;%2&quot; (%3) expired on %4</source>
        <translation>%1 に署名されていますが、「%2」の鍵（%3）は %4 に期限が切れています</translation>
    </message>
    <message>
        <source>signed by &quot;%1&quot; (%2) on %3</source>
        <translation>「%1」（%2）が %3 に署名</translation>
    </message>
    <message>
        <source>this is the test key of Mamori&apos;s source code, whose secret anyone can read; only development and test builds may trust it</source>
        <translation>これは Mamori のソースコードに含まれるテスト用の鍵で、秘密鍵は誰でも読めます。信頼できるのは開発用・テスト用のビルドだけです</translation>
    </message>
    <message>
        <source>signed with the test key of Mamori&apos;s source code (%1), whose secret anyone can read; this build trusts it only for the packs built into Mamori or installed with it</source>
        <translation>Mamori のソースコードに含まれるテスト用の鍵（%1）で署名されています。秘密鍵は誰でも読めるため、このビルドでは Mamori に組み込まれたパックと、Mamori と一緒にインストールされたパックにだけ信頼します</translation>
    </message>
    <message>
        <source>Unsigned questionnaire: no trusted signer vouches for its questions and scoring, so they may differ from the guideline it names. Use it only if you know where it came from.</source>
        <translation>署名のない質問票です。信頼できる署名者が質問と採点を保証していないため、名前に挙げたガイドラインと異なる可能性があります。出どころが分かっている場合だけ使ってください。</translation>
    </message>
</context>
<context>
    <name>mamori::PdfReport</name>
    <message>
        <source>(sample)</source>
        <translation>（サンプル）</translation>
    </message>
    <message>
        <source>Security assessment report</source>
        <translation>情報セキュリティ診断報告書</translation>
    </message>
    <message>
        <source>(firm without a name)</source>
        <translation>（名称未設定の企業）</translation>
    </message>
    <message>
        <source>Mamori %1 · Confidential: this report lists the firm&apos;s weaknesses</source>
        <translation>Mamori %1 ・ 取扱注意：貴社の弱点を記載しています</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation>分野別の結果</translation>
    </message>
    <message>
        <source>Answers by area</source>
        <translation>分野別の回答</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>対策計画</translation>
    </message>
    <message>
        <source>Services and experts that fit</source>
        <translation>合うサービスと専門家</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>これまでの推移</translation>
    </message>
    <message>
        <source>Appendix: how this report was made</source>
        <translation>付録：この報告書の作り方</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>対象企業</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>質問票</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1（バージョン %2）</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Size of firm</source>
        <translation>企業の規模</translation>
    </message>
    <message>
        <source>%1 (%2 employees, %3, %4)</source>
        <translation>%1（従業員 %2 名、%3、%4）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答状況</translation>
    </message>
    <message>
        <source>%1 of %2 questions that apply answered</source>
        <translation>対象の %2 問のうち %1 問に回答</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>This report describes the firm&apos;s security weaknesses. Share it only with the people who need it.</source>
        <translation>この報告書には貴社のセキュリティ上の弱点が書かれています。必要な人にだけ共有してください。</translation>
    </message>
    <message>
        <source>Made with Mamori %1 from the firm&apos;s own answers. A self-assessment, not an audit or a certification.</source>
        <translation>貴社ご自身の回答をもとに Mamori %1 で作成しました。自己診断であり、監査や認証ではありません。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>100 点満点</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>総合点</translation>
    </message>
    <message>
        <source>No bands defined</source>
        <translation>段階の定めなし</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that apply to this firm were answered.</source>
        <translation>貴社に当てはまる %2 問のうち %1 問に回答しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were &quot;don&apos;t know&quot;: they score like &quot;no&quot; and are worth checking.</source>
        <translation>
            <numerusform>「わからない」の回答が %n 件あります。「いいえ」と同じ点数になるため、確認をおすすめします。</numerusform>
        </translation>
    </message>
    <message>
        <source>The three biggest risks</source>
        <translation>特に差が大きい 3 つの分野</translation>
    </message>
    <message>
        <source>Every area reaches the target for a firm of this size. Keep the measures up and check again in a year.</source>
        <translation>すべての分野で、この規模の企業の目標に届いています。今の対策を続け、1 年後にもう一度確認しましょう。</translation>
    </message>
    <message>
        <source>Score %1 against a target of %2: %3 points short.</source>
        <translation>点数 %1（目標 %2）：あと %3 点です。</translation>
    </message>
    <message>
        <source>The first three steps</source>
        <translation>最初に取り組む 3 つの対策</translation>
    </message>
    <message>
        <source>Nothing to add: every question that applies already scores in full.</source>
        <translation>追加の対策はありません。当てはまる質問はすべて満点です。</translation>
    </message>
    <message>
        <source>%1 · cost %2 · effort %3 · %4</source>
        <translation>%1 ・ 費用 %2 ・ 手間 %3 ・ %4</translation>
    </message>
    <message>
        <source>The following pages show the scores by area, every answer with its guideline item, and the whole action plan, the best value first.</source>
        <translation>次のページから、分野別の点数、ガイドラインの項目を添えた全回答、そして費用対効果の高い順に並べた対策計画を示します。</translation>
    </message>
    <message>
        <source>Score and gap to the target, by area</source>
        <translation>分野別の点数と目標までの差</translation>
    </message>
    <message>
        <source>Scores, targets and gaps</source>
        <translation>点数・目標・差の一覧</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Every question put to the firm, with its answer, the points it earned, the note written with it and the guideline item it comes from.</source>
        <translation>貴社に尋ねたすべての質問について、回答、得点、書き添えたメモ、もとになったガイドラインの項目を示します。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Score %1, target %2: %3 points short.</source>
        <translation>点数 %1、目標 %2：あと %3 点です。</translation>
    </message>
    <message>
        <source>Score %1, target %2: reached.</source>
        <translation>点数 %1、目標 %2：達成しています。</translation>
    </message>
    <message>
        <source>(follows from an earlier answer)</source>
        <translation>（前の回答から判定）</translation>
    </message>
    <message>
        <source>worth checking</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) of this area do not apply to this firm and are left out.</source>
        <translation>
            <numerusform>この分野の %n 問は貴社に当てはまらないため、省いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each step closes a gap found by the questions. They are ranked by value for money: the points a step wins, counted more where an area is far below its target, divided by its cost and effort. Steps for this week are cheap and quick; the others take planning.</source>
        <translation>各対策は、質問で見つかった不足を埋めるものです。費用対効果の高い順に並べています。対策で得られる点数（目標との差が大きい分野ほど重く数えます）を、費用と手間で割って比べました。「今週」の対策は安く早くできるもの、それ以外は計画して進めるものです。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Cost / effort</source>
        <translation>費用・手間</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · question %2</source>
        <translation>%1 ・ 質問 %2</translation>
    </message>
    <message>
        <source>cost %1
effort %2</source>
        <translation>費用 %1
手間 %2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合度</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>No service in the catalog passes this firm&apos;s conditions.</source>
        <translation>貴社の条件に合うサービスはカタログにありません。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>費用の目安</translation>
    </message>
    <message>
        <source>%1 a month
%2 the first year</source>
        <translation>月額 %1
初年度 %2</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>専門家</translation>
    </message>
    <message>
        <source>No expert in the catalog passes this firm&apos;s conditions.</source>
        <translation>貴社の条件に合う専門家はカタログにいません。</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>専門家</translation>
    </message>
    <message>
        <source>Fee a day</source>
        <translation>日額報酬</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>要相談</translation>
    </message>
    <message>
        <source>The overall score of each finished assessment with this questionnaire, and each area as a thinner line.</source>
        <translation>この質問票で完了した診断ごとの総合点です。細い線は分野ごとの点数です。</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>診断の履歴</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Change by area since the previous assessment</source>
        <translation>前回の診断からの分野別の変化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>今回</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed since the previous assessment.</source>
        <translation>
            <numerusform>前回の診断から %n 件の回答が変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>点数の計算方法</translation>
    </message>
    <message>
        <source>Each answer earns points: the points of the chosen answer times the question&apos;s weight. An area&apos;s score is the points earned divided by the most it could earn, as a percentage; the overall score does the same over every question. Only the questions that apply to the firm, by its size, industry and IT assets, are counted.</source>
        <translation>回答ごとに、選んだ答えの点数に質問の重みを掛けた得点が入ります。分野の点数は、得点の合計を満点で割った百分率です。総合点も、すべての質問について同じように計算します。数えるのは、規模・業種・IT 資産から貴社に当てはまる質問だけです。</translation>
    </message>
    <message>
        <source>What the bands mean</source>
        <translation>段階の意味</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Questionnaire &quot;%1&quot;, version %2, based on %3.</source>
        <translation>質問票「%1」バージョン %2。%3 に基づきます。</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>この報告書について</translation>
    </message>
    <message>
        <source>The answers are the firm&apos;s own and were not verified on site. The report shows where to look first; it is not an audit or a certification. Matches come from the catalog installed with Mamori on the day the report was made.</source>
        <translation>回答は貴社ご自身によるもので、現地での確認はしていません。この報告書は、まずどこを見るべきかを示すものであり、監査や認証ではありません。サービスと専門家の候補は、作成日に Mamori に入っていたカタログから選んでいます。</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>中止しました。ファイルは書き込んでいません</translation>
    </message>
    <message>
        <source>The solid line is the firm&apos;s score in each area, the dashed line the target for a firm of its size (%1). Where the solid line is inside the dashed one, the area needs work. Each spoke is numbered; the table below names the areas.</source>
        <translation>実線が分野ごとの貴社の点数、破線が同じ規模の企業の目標（%1）です。実線が破線より内側にある分野は、対策が必要です。軸の番号は、下の表の分野の番号です。</translation>
    </message>
    <message>
        <source>%1, version %2 (unsigned)</source>
        <translation>%1（バージョン %2、署名なし）</translation>
    </message>
    <message>
        <source>(facts from %1: check the current terms)</source>
        <translation>（%1時点の情報：現在の条件を確認してください）</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典：%1（%2）</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>料金は問い合わせ</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無償</translation>
    </message>
    <message>
        <source>Services and experts from Mamori&apos;s catalog that cover what this firm needs, best fit first, each with the reasons it was chosen and where its facts come from. Prices are estimates for this firm from the published prices; ask the provider for a quote. Mamori&apos;s own list holds only the registered お助け隊 services whose facts could be checked in public sources; entries marked &quot;sample&quot; are fictional.</source>
        <translation>Mamori のカタログから、貴社に必要な対策を補えるサービスと専門家を、合う順に、選んだ理由と情報の出典とともに示します。価格は公開された料金から計算した貴社の規模での目安です。正式な見積もりは提供元にお問い合わせください。Mamori の一覧に載っているのは、公開情報で確かめられた登録済みのお助け隊サービスだけです。「サンプル」と書かれたものは架空の例です。</translation>
    </message>
    <message>
        <source>The catalog holds no experts.</source>
        <translation>カタログに専門家は入っていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were &quot;don&apos;t know&quot;: in this questionnaire they score below &quot;no&quot;, and are worth checking.</source>
        <translation>
            <numerusform>「わからない」が %n 問ありました。この質問票では「実施していない」より低く数えられるため、確認をお勧めします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions not answered count as zero until they are answered.</source>
        <translation>未回答の質問は、回答するまで0点として数えます。</translation>
    </message>
    <message>
        <source>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores like &quot;no&quot; (0 points), because an unknown measure cannot be relied on (Mamori&apos;s choice; IPA&apos;s own self-check scores it −1), and is listed for checking.</source>
        <translation>「該当しない」と答えた質問は集計から外します。この質問票では「わからない」を「実施していない」と同じ0点として数えます。実施しているか分からない対策には頼れないためです（Mamori の判断です。IPA の自社診断では −1 点です）。確認が必要な項目として一覧にします。</translation>
    </message>
    <message>
        <source>A question not yet answered also counts as zero. A follow-up question that was not opened counts as its parent&apos;s answer.</source>
        <translation>未回答の質問も0点として数えます。開かれなかった追加の質問は、元の質問の答えと同じとして数えます。</translation>
    </message>
    <message>
        <source>The target of each area depends on the size of the firm (%1 here). These targets are Mamori&apos;s own choice, not the guidelines&apos;: IPA&apos;s self-check defines only the bands of the total score, and the guidelines set no per-area targets. Mamori sets them higher for larger firms, which hold more data and are asked for more by their customers. The action plan lists every question that fell short, grouped into this week (low cost and effort), this quarter and this year and numbered in that order; within each group, ranked by the points it would win, weighted by the area&apos;s gap, divided by its cost and effort.</source>
        <translation>分野ごとの目標は企業の規模（この企業は%1）によって変わります。この目標は Mamori が独自に決めた目安で、ガイドラインが定めたものではありません。IPA の自社診断が定めているのは合計点の区分だけで、ガイドラインに分野ごとの目標はありません。規模の大きい企業ほど扱う情報が多く、取引先から求められる水準も高いため、Mamori は目標を高めにしています。対策計画には、目標に届かなかった質問をすべて、今週中（費用も手間も小さいもの）、今四半期、今年度に分けて、その順に番号を付けて並べています。それぞれの中では、得られる点数を分野の目標との差で重み付けし、費用と手間で割った値の大きい順です。</translation>
    </message>
    <message>
        <source>Checked against the document itself.</source>
        <translation>文書そのもので確認しました。</translation>
    </message>
    <message>
        <source>Checked against a public description of the document, not the document itself.</source>
        <translation>文書そのものではなく、公開されている解説で確認しました。</translation>
    </message>
    <message>
        <source>Not yet checked against the document.</source>
        <translation>まだ文書で確認していません。</translation>
    </message>
    <message>
        <source>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores %1 (below &quot;no&quot;), as in IPA&apos;s self-check: a measure nobody can vouch for is a risk of its own. It is listed for checking.</source>
        <translation>「該当しない」と答えた質問は集計から外します。この質問票では、IPA の自社診断と同じく「わからない」を %1 点（「実施していない」より低い点）として数えます。実施しているか誰も確かめられない対策は、それ自体がリスクだからです。確認が必要な項目として一覧にします。</translation>
    </message>
</context>
<context>
    <name>mamori::Profile</name>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation>%1〜%2 の範囲で指定してください（指定値: %3）</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>不明な値 &quot;%1&quot; です。使える値: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation>&quot;%1&quot; が複数回挙げられています</translation>
    </message>
    <message>
        <source>unsupported profile format %1; this version reads format 1</source>
        <translation>プロフィールの形式 %1 には対応していません。このバージョンが読み込めるのは形式 1 です</translation>
    </message>
    <message>
        <source>the firm&apos;s name is empty</source>
        <translation>企業名が空です</translation>
    </message>
    <message>
        <source>unknown industry &quot;%1&quot;; use the 日本標準産業分類 division letter A–T</source>
        <translation>不明な業種 &quot;%1&quot; です。日本標準産業分類の大分類の記号 A〜T を使ってください</translation>
    </message>
    <message>
        <source>unknown sector class &quot;%1&quot;; allowed: manufacturing, wholesale, retail, services</source>
        <translation>不明な業種区分 &quot;%1&quot; です。使える値: manufacturing, wholesale, retail, services</translation>
    </message>
    <message>
        <source>industry I covers both wholesale and retail, which have different SME thresholds; add &quot;sector_class&quot;: &quot;wholesale&quot; or &quot;retail&quot;</source>
        <translation>大分類 I は卸売業と小売業の両方を含み、それぞれ中小企業の基準が異なります。&quot;sector_class&quot;: &quot;wholesale&quot; または &quot;retail&quot; を追加してください</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: none, part_time, dedicated</source>
        <translation>不明な値 &quot;%1&quot; です。使える値: none, part_time, dedicated</translation>
    </message>
    <message>
        <source>e-commerce needs a website; set &quot;website&quot; to true</source>
        <translation>ネット販売にはWebサイトが必要です。&quot;website&quot; を true にしてください</translation>
    </message>
    <message>
        <source>the firm&apos;s name %1</source>
        <translation>会社名: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Report</name>
    <message>
        <source>does not apply to this firm</source>
        <translation>この企業には該当しない</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当しない</translation>
    </message>
    <message>
        <source>follows from an earlier answer</source>
        <translation>前の回答から決まる</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Score or points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Target or maximum</source>
        <translation>目標または満点</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>目標との差</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>手間</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>ガイドライン</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>総合</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%2 問中 %1 問に回答</translation>
    </message>
    <message>
        <source>area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>not applicable to this firm</source>
        <translation>この企業には該当しません</translation>
    </message>
    <message>
        <source>question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>計画</translation>
    </message>
</context>
<context>
    <name>mamori::ReportCharts</name>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Target for this size of firm</source>
        <translation>この規模の目標</translation>
    </message>
    <message>
        <source>Gap to the target</source>
        <translation>目標までの差</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>総合点</translation>
    </message>
</context>
<context>
    <name>mamori::Signing</name>
    <message>
        <source>&quot;%1&quot; is not a format this Mamori reads; expected &quot;%2&quot;</source>
        <translation>「%1」はこの Mamori が読める形式ではありません。「%2」が必要です</translation>
    </message>
    <message>
        <source>not a base64 value of %1 bytes</source>
        <translation>%1 バイトの base64 値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-24T09:30:00Z</source>
        <translation>「%1」は 2026-11-24T09:30:00Z のような日時ではありません</translation>
    </message>
    <message>
        <source>this is a secret key: give the public key file (made beside it by &quot;pack keygen&quot;, ending in .pub.json) and keep this one private</source>
        <translation>これは秘密鍵です。公開鍵のファイル（「pack keygen」が隣に作った .pub.json）を指定し、このファイルは人に渡さないでください</translation>
    </message>
    <message>
        <source>this is a public key; signing needs the secret key file (.secret.json)</source>
        <translation>これは公開鍵です。署名には秘密鍵のファイル（.secret.json）が必要です</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;; allowed: ed25519-public, ed25519-secret</source>
        <translation>不明な鍵の種類「%1」。使えるもの：ed25519-public、ed25519-secret</translation>
    </message>
    <message>
        <source>the key needs a name</source>
        <translation>鍵には名前が必要です</translation>
    </message>
    <message>
        <source>a secret key file needs &quot;secret_key&quot;</source>
        <translation>秘密鍵のファイルには &quot;secret_key&quot; が必要です</translation>
    </message>
    <message>
        <source>a public key file must not contain the secret key</source>
        <translation>公開鍵のファイルに秘密鍵を含めてはいけません</translation>
    </message>
    <message>
        <source>the key id %1 does not belong to this public key (its id is %2)</source>
        <translation>鍵 ID %1 はこの公開鍵のものではありません（この鍵の ID は %2）</translation>
    </message>
    <message>
        <source>the secret key does not belong to the public key in this file</source>
        <translation>秘密鍵がこのファイルの公開鍵と対になっていません</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;; allowed: ed25519</source>
        <translation>不明な方式「%1」。使えるもの：ed25519</translation>
    </message>
    <message>
        <source>the key&apos;s name %1</source>
        <translation>鍵の名前: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Store</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>データベースのファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>データベースを開けません: %1</translation>
    </message>
    <message>
        <source>there is no database here</source>
        <translation>ここにはデータベースがありません</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>データベースを作成できません: %1</translation>
    </message>
    <message>
        <source>the database or its folder can be read by other users, and Mamori cannot change that; make them readable by their owner only</source>
        <translation>データベースまたはそのフォルダーを他のユーザーが読める状態で、Mamoriでは変更できません。所有者だけが読めるように設定してください</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>QtのSQLiteドライバーがありません（Debianパッケージ libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>this is a database of another program, not of Mamori; choose another file</source>
        <translation>これはMamoriではなく別のプログラムのデータベースです。別のファイルを選んでください</translation>
    </message>
    <message>
        <source>cannot set up the database: %1</source>
        <translation>データベースを設定できません: %1</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>データベースが空です</translation>
    </message>
    <message>
        <source>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori, or choose another file</source>
        <translation>データベースは新しいMamoriで書かれています（スキーマ %1。このバージョンが読めるのは %2 まで）。Mamoriを更新するか、別のファイルを選んでください</translation>
    </message>
    <message>
        <source>the database has an older schema (%1) that must be upgraded; open it for writing once</source>
        <translation>データベースのスキーマ（%1）が古く、更新が必要です。一度、書き込みできる状態で開いてください</translation>
    </message>
    <message>
        <source>cannot add the firm: %1</source>
        <translation>企業を追加できません: %1</translation>
    </message>
    <message>
        <source>cannot save the profile: %1</source>
        <translation>プロフィールを保存できません: %1</translation>
    </message>
    <message>
        <source>there is no firm %1</source>
        <translation>企業 %1 はありません</translation>
    </message>
    <message>
        <source>cannot list the firms: %1</source>
        <translation>企業の一覧を取得できません: %1</translation>
    </message>
    <message>
        <source>cannot read the firm: %1</source>
        <translation>企業を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot start the assessment: %1</source>
        <translation>診断を開始できません: %1</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>診断 %1 はありません</translation>
    </message>
    <message>
        <source>assessment %1 is finished; start a new one to answer again</source>
        <translation>診断 %1 は完了しています。回答し直すには新しい診断を開始してください</translation>
    </message>
    <message>
        <source>cannot save the answer: %1</source>
        <translation>回答を保存できません: %1</translation>
    </message>
    <message>
        <source>cannot remove the answer: %1</source>
        <translation>回答を削除できません: %1</translation>
    </message>
    <message>
        <source>cannot finish the assessment: %1</source>
        <translation>診断を完了できません: %1</translation>
    </message>
    <message>
        <source>cannot list the assessments: %1</source>
        <translation>診断の一覧を取得できません: %1</translation>
    </message>
    <message>
        <source>cannot read the assessment: %1</source>
        <translation>診断を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>回答を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the database from schema %1: %2; nothing was changed</source>
        <translation>データベースをスキーマ %1 から更新できません: %2。何も変更していません</translation>
    </message>
    <message>
        <source>cannot upgrade the database from schema %1: %2; nothing was changed, and a copy is at %3</source>
        <translation>データベースをスキーマ %1 から更新できません: %2。何も変更しておらず、複製が %3 にあります</translation>
    </message>
    <message>
        <source>cannot read the assessments: %1</source>
        <translation>診断を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>プロフィール %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>データベースは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>cannot save the result: %1</source>
        <translation>結果を保存できません: %1</translation>
    </message>
    <message>
        <source>cannot export: %1</source>
        <translation>書き出せません: %1</translation>
    </message>
    <message>
        <source>cannot import; nothing was changed: %1</source>
        <translation>取り込めません。何も変更していません: %1</translation>
    </message>
    <message>
        <source>assessment %1 of the document is assessment %2 here, which belongs to another firm</source>
        <translation>文書の診断 %1 はこのPCでは診断 %2 で、別の企業のものです</translation>
    </message>
    <message>
        <source>choose another file (there is no backup copy of this one)</source>
        <translation>別のファイルを選んでください（このファイルのバックアップはありません）</translation>
    </message>
    <message>
        <source>restore the backup copy %1, or choose another file</source>
        <translation>バックアップ %1 を復元するか、別のファイルを選んでください</translation>
    </message>
    <message>
        <source>there is no backup copy %1</source>
        <translation>バックアップ %1 はありません</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori; close it first</source>
        <translation>データベースは別の Mamori が使用中です。先にそちらを閉じてください</translation>
    </message>
    <message>
        <source>cannot move the database aside to %1; nothing was changed</source>
        <translation>データベースを %1 に退避できません。何も変更していません</translation>
    </message>
    <message>
        <source>cannot copy %1 into place; the database was left as it was</source>
        <translation>%1 を元の場所に複製できません。データベースは元のままです</translation>
    </message>
    <message>
        <source>is not a database (or is damaged beyond repair); %1</source>
        <translation>データベースではありません（または修復できないほど壊れています）。%1</translation>
    </message>
    <message>
        <source>the database is damaged (%1); %2</source>
        <translation>データベースが壊れています（%1）。%2</translation>
    </message>
    <message>
        <source>the database has lost its schema version; %1</source>
        <translation>データベースのスキーマバージョンが失われています。%1</translation>
    </message>
    <message>
        <source>cannot copy the database to %1 before upgrading it (%2); nothing was changed</source>
        <translation>更新の前にデータベースを %1 に複製できません（%2）。何も変更していません</translation>
    </message>
    <message>
        <source>assessment %1 of the document uses %2 %3, but here it uses %4 %5</source>
        <translation>文書の診断 %1 は %2 %3 を使っていますが、このPCでは %4 %5 です</translation>
    </message>
    <message>
        <source>the database is locked by another program (%1); close it, or open the database read-only</source>
        <translation>データベースは別のプログラムがロックしています（%1）。そのプログラムを閉じるか、データベースを読み取り専用で開いてください</translation>
    </message>
    <message>
        <source>the database has lost its table &quot;%1&quot;; %2</source>
        <translation>データベースからテーブル「%1」が失われています。%2</translation>
    </message>
    <message>
        <source>cannot save the note: %1</source>
        <translation>メモを保存できません: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>Qt の PostgreSQL ドライバーがありません（Debian パッケージ libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to the database server: %1</source>
        <translation>データベースサーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>cannot set up the session: %1</source>
        <translation>セッションを準備できません: %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>データベースを読み取れません: %1</translation>
    </message>
    <message>
        <source>this database holds the tables of another program, not of Mamori; give Mamori a database of its own</source>
        <translation>このデータベースには Mamori ではない別のプログラムのテーブルがあります。Mamori 専用のデータベースを指定してください</translation>
    </message>
    <message>
        <source>the database has lost its schema version; restore it from the server&apos;s backup</source>
        <translation>データベースのスキーマバージョンが失われています。サーバーのバックアップから復元してください</translation>
    </message>
    <message>
        <source>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</source>
        <translation>このデータベースは新しい Mamori で書かれています（スキーマ %1。このバージョンが読めるのは %2 まで）。Mamori を更新してください</translation>
    </message>
    <message>
        <source>the database has lost its table &quot;%1&quot;; restore it from the server&apos;s backup</source>
        <translation>データベースのテーブル「%1」が失われています。サーバーのバックアップから復元してください</translation>
    </message>
    <message>
        <source>checking a PostgreSQL database is the server&apos;s job (pg_amcheck)</source>
        <translation>PostgreSQL データベースの検査はサーバー側で行います（pg_amcheck）</translation>
    </message>
    <message>
        <source>cannot read the table %1: %2</source>
        <translation>テーブル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>already holds firms; copy into an empty database only, so nothing there is mixed up or overwritten</source>
        <translation>すでに企業が登録されています。中身が混ざったり上書きされたりしないよう、空のデータベースにだけコピーしてください</translation>
    </message>
    <message>
        <source>cannot copy: %1</source>
        <translation>コピーできません: %1</translation>
    </message>
    <message>
        <source>cannot copy a row of %1: %2; nothing was written</source>
        <translation>%1 の行をコピーできません: %2。何も書き込んでいません</translation>
    </message>
    <message>
        <source>cannot copy: %1; nothing was written</source>
        <translation>コピーできません: %1。何も書き込んでいません</translation>
    </message>
    <message>
        <source>the copy of %1 differs from the original (%2 rows against %3); do not use it</source>
        <translation>%1 のコピーが元と一致しません（元の %3 行に対して %2 行）。このコピーは使わないでください</translation>
    </message>
    <message>
        <source>it is now unanswered</source>
        <translation>現在は未回答です</translation>
    </message>
    <message>
        <source>it is now &quot;%1&quot;</source>
        <translation>現在の回答は「%1」です</translation>
    </message>
    <message>
        <source>%1 changed the answer to %2 at %3, after it was read here; %4. Nothing was overwritten</source>
        <translation>ここで読み込んだ後の %3 に、%1 さんが %2 の回答を変更しました。%4。何も上書きしていません</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他の人</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>cannot read the change log: %1</source>
        <translation>変更履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot add the firm: your database role %1 has no team for new firms; the administrator names it with ALTER ROLE %1 SET mamori.team = &apos;…&apos; (a team the role is a member of)</source>
        <translation>企業を登録できません: データベースのロール %1 には、新しい企業を登録するチームがありません。管理者が ALTER ROLE %1 SET mamori.team = &apos;…&apos;（そのロールが所属するチーム）で設定します</translation>
    </message>
    <message>
        <source>the firm %1 is already in this database, in a team you are not in; ask the administrator to import it or to move it to your team</source>
        <translation>企業 %1 はすでにこのデータベースにありますが、あなたが所属していないチームのものです。管理者に取り込みを頼むか、あなたのチームへ移してもらってください</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to, and the database keeps its journal beside it</source>
        <translation>フォルダー %1 に書き込めません（データベースはジャーナルをその隣に置きます）</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <source>the database file has %1 names (hard links), and SQLite keeps its journal under each name apart, which can damage it; remove the other names, or copy the file and open the copy</source>
        <translation>データベースファイルに %1 個の名前（ハードリンク）があります。SQLite は名前ごとに別々のジャーナルを持つため、壊れるおそれがあります。ほかの名前を削除するか、ファイルをコピーしてそのコピーを開いてください</translation>
    </message>
    <message>
        <source>%1; Mamori can only read the database here</source>
        <translation>%1。ここでは Mamori はデータベースを読むことしかできません</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <source>a process that is starting</source>
        <translation>起動中のプロセス</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori (%1), which did not finish within %2 seconds; close it or try again, or open the database read-only</source>
        <translation>データベースは別の Mamori（%1）が使用中で、%2 秒待っても終わりませんでした。そちらを閉じるか、もう一度試すか、読み取り専用で開いてください</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori (%1); close it, or open the database read-only</source>
        <translation>データベースは別の Mamori（%1）が使用中です。そちらを閉じるか、読み取り専用で開いてください</translation>
    </message>
    <message>
        <source>the firm&apos;s name %1; nothing was saved</source>
        <translation>会社名: %1。何も保存していません</translation>
    </message>
    <message>
        <source>the note on %1 %2; nothing was saved</source>
        <translation>%1 のメモ: %2。何も保存していません</translation>
    </message>
    <message>
        <source>another program kept the file busy for several seconds; try again in a moment, and if it keeps happening close the other programs that use the file</source>
        <translation>別のプログラムが数秒間ファイルを使用中でした。少し待ってからもう一度試してください。繰り返し起きる場合は、そのファイルを使うほかのプログラムを閉じてください</translation>
    </message>
    <message>
        <source>the file cannot be written (it, its folder or its disk is read-only); open it read-only, or copy it to a folder you can write to</source>
        <translation>ファイルに書き込めません（ファイル、フォルダー、ディスクのいずれかが読み取り専用です）。読み取り専用で開くか、書き込めるフォルダーにコピーしてください</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>ディスクがいっぱいです。空き容量を作ってからもう一度試してください</translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing the file; check the disk (or the network drive) and try again</source>
        <translation>ファイルの読み書きでディスクがエラーを報告しました。ディスク（またはネットワークドライブ）を確認してもう一度試してください</translation>
    </message>
    <message>
        <source>the file is damaged; restore a backup copy of it</source>
        <translation>ファイルが壊れています。バックアップコピーから復元してください</translation>
    </message>
    <message>
        <source>the file cannot be opened (it was moved or deleted, or its folder cannot be read)</source>
        <translation>ファイルを開けません（移動・削除されたか、フォルダーを読み取れません）</translation>
    </message>
    <message>
        <source>the computer ran out of memory; close other programs and try again</source>
        <translation>メモリーが不足しました。ほかのプログラムを閉じてもう一度試してください</translation>
    </message>
</context>
<context>
    <name>mamori::StoreLocation</name>
    <message>
        <source>no database given</source>
        <translation>データベースが指定されていません</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>正しい URL ではありません: %1</translation>
    </message>
    <message>
        <source>holds a password; Mamori never keeps one: put it in ~/.pgpass (or the file PGPASSFILE names), or use a service from pg_service.conf with ?service=NAME</source>
        <translation>パスワードが含まれています。Mamori はパスワードを保持しません。~/.pgpass（または PGPASSFILE で指定したファイル）に書くか、pg_service.conf のサービスを ?service=名前 で使ってください</translation>
    </message>
    <message>
        <source>names the database &quot;%1&quot;; a database name has no &quot;/&quot;</source>
        <translation>データベース名が「%1」になっています。データベース名に「/」は使えません</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;; a port is a number from 1 to 65535</source>
        <translation>ポートが「%1」になっています。ポートは 1〜65535 の数です</translation>
    </message>
    <message>
        <source>has sslmode=%1; it is one of %2</source>
        <translation>sslmode=%1 になっています。指定できるのは %2 のいずれかです</translation>
    </message>
    <message>
        <source>has a value for %1 with a space, quote or semicolon</source>
        <translation>%1 の値に空白、引用符、セミコロンのいずれかが含まれています</translation>
    </message>
    <message>
        <source>has the unknown setting &quot;%1&quot;; known are: host, port, user, dbname, %2</source>
        <translation>不明な設定「%1」があります。使える設定: host, port, user, dbname, %2</translation>
    </message>
    <message>
        <source>names no database; write postgresql://HOST/DATABASE</source>
        <translation>データベース名がありません。postgresql://ホスト/データベース名 の形で書いてください</translation>
    </message>
</context>
<context>
    <name>mamori::TextCheck</name>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>%1 文字あります（上限は %2 文字）</translation>
    </message>
    <message>
        <source>contains a tab or line break at character %1; keep it on one line</source>
        <translation>%1 文字目にタブか改行があります。1 行にしてください</translation>
    </message>
    <message>
        <source>contains the control character %1 at character %2; remove it</source>
        <translation>%2 文字目に制御文字 %1 があります。削除してください</translation>
    </message>
    <message>
        <source>contains %1, which changes the direction of the text after it, at character %2; remove it</source>
        <translation>%2 文字目に、後に続く文字の向きを変える %1 があります。削除してください</translation>
    </message>
</context>
<context>
    <name>mamori::Transfer</name>
    <message>
        <source>this is not a document exported by Mamori (it needs &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>Mamori が書き出した文書ではありません（&quot;format&quot;: &quot;%1&quot; が必要です）</translation>
    </message>
    <message>
        <source>the document was written by a newer Mamori (export version %1; this version reads up to %2); update Mamori</source>
        <translation>新しい Mamori で書き出された文書です（書き出し形式 %1。このバージョンが読めるのは %2 まで）。Mamori を更新してください</translation>
    </message>
    <message>
        <source>unknown export version %1</source>
        <translation>不明な書き出し形式 %1</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; allowed: firm, assessment</source>
        <translation>不明な範囲「%1」。使えるのは firm、assessment です</translation>
    </message>
    <message>
        <source>the assessment %1 is in the document twice</source>
        <translation>診断 %1 が文書に2回含まれています</translation>
    </message>
    <message>
        <source>a document of one assessment holds exactly one, not %1</source>
        <translation>診断1件の文書には診断がちょうど1件必要です（%1 件あります）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (ISO 8601, e.g. 2026-04-01T09:30:00.000Z)</source>
        <translation>「%1」は日時ではありません（ISO 8601。例: 2026-04-01T09:30:00.000Z）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid (lower-case UUID, e.g. 0b6f3c1e-8d1a-4c39-9a57-2e4f1d0c9b7a)</source>
        <translation>「%1」は uid ではありません（小文字の UUID。例: 0b6f3c1e-8d1a-4c39-9a57-2e4f1d0c9b7a）</translation>
    </message>
    <message>
        <source>a firm has at least one profile</source>
        <translation>企業にはプロフィールが少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; is not installed here; install it, then import again</source>
        <translation>パック「%1」がこのPCにインストールされていません。インストールしてから取り込み直してください</translation>
    </message>
    <message>
        <source>there is no profile %1 in firm.profiles (it has %2)</source>
        <translation>firm.profiles にプロフィール %1 はありません（%2 件です）</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; allowed: in_progress, finished</source>
        <translation>不明な状態「%1」。使えるのは in_progress、finished です</translation>
    </message>
    <message>
        <source>a finished assessment needs &quot;finished_at&quot;</source>
        <translation>完了した診断には &quot;finished_at&quot; が必要です</translation>
    </message>
    <message>
        <source>an assessment in progress has no &quot;finished_at&quot;</source>
        <translation>実施中の診断に &quot;finished_at&quot; は付けられません</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>パック「%1」に設問「%2」はありません</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>不明な回答「%1」。このパックの選択肢: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the future; check the clock of the PC that wrote the document</source>
        <translation>「%1」は未来の日時です。文書を書き出したPCの時計を確認してください</translation>
    </message>
    <message>
        <source>the assessment was made with version %1 of &quot;%2&quot;, which is not installed here (installed: %3); install version %1, then import again</source>
        <translation>この診断は「%2」のバージョン %1 で行われましたが、ここにはインストールされていません（インストール済み：%3）。バージョン %1 をインストールしてから、もう一度取り込んでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid</source>
        <translation>「%1」は uid ではありません</translation>
    </message>
    <message>
        <source>expected a revision, a whole number from 1 to %1</source>
        <translation>リビジョン（1〜%1 の整数）が必要です</translation>
    </message>
    <message>
        <source>the note %1</source>
        <translation>メモ: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Vocabulary</name>
    <message>
        <source>the id &quot;%1&quot; is defined more than once</source>
        <translation>id &quot;%1&quot; が複数回定義されています</translation>
    </message>
</context>
<context>
    <name>mamori::cli::App</name>
    <message>
        <source>Usage: mamori-cli [--lang ja|en] COMMAND [OPTIONS]</source>
        <translation>使い方: mamori-cli [--lang ja|en] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Mamori assesses the information security of a small or medium-sized firm against the official Japanese guidelines, and proposes an action plan.</source>
        <translation>Mamori は、中小企業の情報セキュリティを国の公式ガイドラインに照らして評価し、対策計画を提案します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>共通オプション:</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>出力の言語（既定: システムの設定）</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>バージョンを表示して終了</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>このヘルプを表示（COMMAND --help でコマンドごとのオプションを表示）</translation>
    </message>
    <message>
        <source>mamori-cli: --lang needs a value: ja or en</source>
        <translation>mamori-cli: --lang には値が必要です: ja または en</translation>
    </message>
    <message>
        <source>mamori-cli: unknown language &quot;%1&quot;; use ja or en</source>
        <translation>mamori-cli: 不明な言語 &quot;%1&quot; です。ja または en を指定してください</translation>
    </message>
    <message>
        <source>mamori-cli: unknown command &quot;%1&quot;</source>
        <translation>mamori-cli: 不明なコマンド &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli --help&apos; for the list of commands.</source>
        <translation>コマンドの一覧は &apos;mamori-cli --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>mamori-cli: --db needs a file name</source>
        <translation>mamori-cli: --db にはファイル名が必要です</translation>
    </message>
    <message>
        <source>the catalog of services and experts (default: $MAMORI_CATALOG, else the user&apos;s data folder)</source>
        <translation>サービスと専門家のカタログ（既定: $MAMORI_CATALOG、なければユーザーのデータフォルダー）</translation>
    </message>
    <message>
        <source>mamori-cli: --catalog needs a file name</source>
        <translation>mamori-cli: --catalog にはファイル名が必要です</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>ユーザーコマンド</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>assess the information security of a small firm from the command line</source>
        <translation>コマンドラインで中小企業の情報セキュリティを診断する</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>書式</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Every command has --help. Problems with input files are reported one per line as file:line:column: path: message.</source>
        <translation>どのコマンドにも --help があります。入力ファイルの問題は、1行に1件、file:line:column: path: message の形で報告します。</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>全体のオプション</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>終了ステータス</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>invalid input; each problem is reported on standard error with its location</source>
        <translation>入力の誤り。問題ごとに場所を添えて標準エラー出力に報告します</translation>
    </message>
    <message>
        <source>usage error: an unknown command or option, or a missing argument</source>
        <translation>使い方の誤り：不明なコマンドやオプション、または引数の不足</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>ja or en: the language when --lang is not given</source>
        <translation>ja または en：--lang を指定しないときの言語</translation>
    </message>
    <message>
        <source>the database of firms and assessments</source>
        <translation>企業と診断のデータベース</translation>
    </message>
    <message>
        <source>the catalog of services and experts</source>
        <translation>サービスと専門家のカタログ</translation>
    </message>
    <message>
        <source>folders of draft questionnaire packs, separated by colons; they load marked as unsigned</source>
        <translation>下書きの質問票を置くフォルダ（コロン区切り）。署名なしとして読み込まれます</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the database, the catalog, installed packs (packs/) and trusted keys (trust/)</source>
        <translation>データベース、カタログ、インストールした質問票（packs/）、信頼する鍵（trust/）</translation>
    </message>
    <message>
        <source>the bundled questionnaire packs with their signatures, the sample catalog and sample firms, as examples and bases for authoring</source>
        <translation>同梱の質問票とその署名、サンプルのカタログとサンプル企業（質問票を作るときの例やベースとして）</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>関連項目</translation>
    </message>
    <message>
        <source>mamori-cli %1: expected one of: %2</source>
        <translation>mamori-cli %1：次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>the database of firms and assessments: an SQLite file, or postgresql://HOST/DATABASE shared by a team (default: $MAMORI_DB, else the user&apos;s data folder)</source>
        <translation>企業と診断のデータベース: SQLite ファイル、またはチームで共有する postgresql://ホスト/データベース名（既定: $MAMORI_DB、なければユーザーのデータフォルダー）</translation>
    </message>
    <message>
        <source>your name in the change log of what this command changes (default: $MAMORI_NAME, else the login; on a server, the database role is recorded beside it)</source>
        <translation>このコマンドによる変更を変更履歴に記録するときの名前（既定: $MAMORI_NAME、なければログイン名。サーバーではデータベースのロールも併記されます）</translation>
    </message>
    <message>
        <source>your name in the change log, when --as is not given</source>
        <translation>--as を指定しないときに変更履歴に記録する名前</translation>
    </message>
    <message>
        <source>mamori-cli: --as needs a name</source>
        <translation>mamori-cli: --as には名前が必要です</translation>
    </message>
</context>
<context>
    <name>mamori::cli::AssessCommand</name>
    <message>
        <source>Firm: %1 (%2)</source>
        <translation>企業: %1（%2）</translation>
    </message>
    <message>
        <source>Pack: %1 %2</source>
        <translation>パック: %1 %2</translation>
    </message>
    <message>
        <source>Overall score: %1 / 100</source>
        <translation>総合得点: %1 / 100</translation>
    </message>
    <message>
        <source>(points %1 of %2)</source>
        <translation>（%2 点中 %1 点）</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>レベル: %1</translation>
    </message>
    <message>
        <source>Answered %1 of %2 applicable questions</source>
        <translation>該当する質問 %2 問のうち %1 問に回答済み</translation>
    </message>
    <message numerus="yes">
        <source>, %n answered &quot;don&apos;t know&quot;</source>
        <translation>
            <numerusform>、「わからない」%n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>、該当しない %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>not applicable to this firm</source>
        <translation>この企業には該当しません</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot; — find out and answer again: %1</source>
        <translation>「わからない」と回答した質問（確認して回答し直してください）: %1</translation>
    </message>
    <message>
        <source>Nothing to do: every applicable question reached its best answer.</source>
        <translation>必要な対策はありません。該当するすべての質問が最善の回答に達しています。</translation>
    </message>
    <message>
        <source>cost %1, effort %2</source>
        <translation>費用: %1、手間: %2</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参照: %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Action plan (in the order to do it: this week&apos;s steps first):</source>
        <translation>対策計画（取り組む順。今週中のものが先）:</translation>
    </message>
    <message>
        <source>Score a firm&apos;s answers to a pack: overall score and level, scores and gaps per category, and an action plan in the order to do it (this week, this quarter, this year; the most benefit per cost first within each).</source>
        <translation>企業の回答をパックで採点します。総合点と判定、分野ごとの点数と目標との差、取り組む順の対策計画（今週中、この3か月、今年中。それぞれの中では費用対効果の高い順）を出します。</translation>
    </message>
</context>
<context>
    <name>mamori::cli::AssessmentCommands</name>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>回答中</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Start an assessment of a stored firm with a pack; prints its id.</source>
        <translation>登録済みの企業について、パックを使った診断を開始し、その id を表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>企業の id</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>パックの id またはパックファイル</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Started assessment %1: %2 %3 for firm %4, %5 questions apply</source>
        <translation>診断 %1 を開始しました: %2 %3（企業 %4、該当する質問 %5 問）</translation>
    </message>
    <message>
        <source>Answer one question of a stored assessment; the answer is saved at once.</source>
        <translation>登録済みの診断の質問に1問回答します。回答はすぐに保存されます。</translation>
    </message>
    <message>
        <source>the assessment&apos;s id</source>
        <translation>診断の id</translation>
    </message>
    <message>
        <source>the question&apos;s id</source>
        <translation>質問の id</translation>
    </message>
    <message>
        <source>the answer: a choice id of the pack&apos;s scale</source>
        <translation>回答: パックの回答の選択肢の id</translation>
    </message>
    <message>
        <source>a note kept with the answer</source>
        <translation>回答と一緒に残すメモ</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>不明な回答 &quot;%1&quot; です。このパックの回答の選択肢: %2</translation>
    </message>
    <message>
        <source>Saved %1 = %2 (%3 of %4 answered)</source>
        <translation>保存しました: %1 = %2（%4 問中 %3 問回答済み）</translation>
    </message>
    <message>
        <source>Mark a stored assessment finished; it then keeps its answers as they are.</source>
        <translation>登録済みの診断を完了にします。以後、回答はそのまま保たれます。</translation>
    </message>
    <message>
        <source>Assessment %1 is finished.</source>
        <translation>診断 %1 を完了にしました。</translation>
    </message>
    <message>
        <source>List the assessments of a stored firm, oldest first.</source>
        <translation>登録済みの企業の診断を古い順に一覧表示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Show a stored assessment: its progress and every answer with its note.</source>
        <translation>登録済みの診断の進み具合と、すべての回答をメモとともに表示します。</translation>
    </message>
    <message>
        <source>Assessment %1 of %2 — %3 %4, %5</source>
        <translation>診断 %1（%2）— %3 %4、%5</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered; last saved %3</source>
        <translation>%2 問中 %1 問回答済み。最終保存 %3</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
</context>
<context>
    <name>mamori::cli::CatalogCommands</name>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message numerus="yes">
        <source>Service packages (%n in the catalog):</source>
        <translation>
            <numerusform>サービス（カタログに %n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches.</source>
        <translation>該当するサービスはありません。</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>点数 %1</translation>
    </message>
    <message>
        <source>What to relax:</source>
        <translation>緩められる条件:</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>対象外（%n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>Security experts (%1 in the catalog, %2 pass the filters):</source>
        <translation>セキュリティ専門家（カタログに %1 人、条件を満たすのは %2 人）:</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>該当する専門家はいません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out by the filters: %1</source>
        <translation>条件で除外: %1</translation>
    </message>
    <message>
        <source>covers %1%</source>
        <translation>カバー率 %1%</translation>
    </message>
    <message>
        <source>mamori-cli match: --%1 needs an amount in yen, such as 30000</source>
        <translation>mamori-cli match: --%1 には 30000 のような円の金額が必要です</translation>
    </message>
    <message>
        <source>Turn a firm&apos;s gaps into a shortlist of service packages (お助け隊 and others) and security experts, each with its reasons.</source>
        <translation>企業の不足から、サービス（お助け隊ほか）とセキュリティ専門家の候補を理由付きで挙げます。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>services or talent (default: both)</source>
        <translation>services（サービス）か talent（人材）（既定: 両方）</translation>
    </message>
    <message>
        <source>services: the most per month, in yen; with --kind talent: the most per day</source>
        <translation>サービス: 月額の上限（円）。--kind talent のときは1日あたりの上限</translation>
    </message>
    <message>
        <source>talent: the most per day, in yen</source>
        <translation>人材: 1日あたりの上限（円）</translation>
    </message>
    <message>
        <source>only candidates who come on site in the firm&apos;s prefecture</source>
        <translation>企業の都道府県へ訪問対応できる候補だけ</translation>
    </message>
    <message>
        <source>services of these schemes only: otasuke-1, otasuke-2, otasuke-new, other</source>
        <translation>これらの制度のサービスだけ: otasuke-1、otasuke-2、otasuke-new、other</translation>
    </message>
    <message>
        <source>how many of each to show</source>
        <translation>それぞれ何件表示するか</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>使い方: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli match: --kind is services or talent</source>
        <translation>mamori-cli match: --kind は services か talent です</translation>
    </message>
    <message>
        <source>mamori-cli match: --top is a number from 1 to 1000</source>
        <translation>mamori-cli match: --top は 1〜1000 の数です</translation>
    </message>
    <message>
        <source>mamori-cli match: unknown scheme &quot;%1&quot;</source>
        <translation>mamori-cli match: 不明な制度「%1」</translation>
    </message>
    <message numerus="yes">
        <source>Firm: %1 (%2, %n device(s))</source>
        <translation>
            <numerusform>企業: %1（%2、%n 台）</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs: none — the answers leave no gap that a service would close.</source>
        <translation>必要な対策: なし（回答には、サービスで埋めるべき不足がありません）</translation>
    </message>
    <message>
        <source>Needs, heaviest first (weight = points still to win): %1</source>
        <translation>必要な対策（重い順、重み = まだ伸ばせる点数）: %1</translation>
    </message>
    <message>
        <source>Import services or experts from CSV (UTF-8 or Shift_JIS) or JSON: all of a file or none of it, updating entries by id.</source>
        <translation>CSV（UTF-8 または Shift_JIS）か JSON からサービスや専門家を取り込みます。ファイルは全部取り込むか全く取り込まないかのどちらかで、同じ ID は更新します。</translation>
    </message>
    <message>
        <source>catalog files</source>
        <translation>カタログのファイル</translation>
    </message>
    <message>
        <source>mamori-cli catalog import: name at least one file</source>
        <translation>mamori-cli catalog import: ファイルを少なくとも1つ指定してください</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: 何も取り込んでいません</translation>
    </message>
    <message>
        <source>%1: services %2 added, %3 updated; experts %4 added, %5 updated</source>
        <translation>%1: サービス 追加 %2 件・更新 %3 件、専門家 追加 %4 人・更新 %5 人</translation>
    </message>
    <message>
        <source>Check catalog files as import would, without importing.</source>
        <translation>カタログのファイルを取り込み時と同じように検査します（取り込みはしません）。</translation>
    </message>
    <message>
        <source>mamori-cli catalog validate: name at least one file</source>
        <translation>mamori-cli catalog validate: ファイルを少なくとも1つ指定してください</translation>
    </message>
    <message>
        <source>%1: valid (%2 services, %3 experts)</source>
        <translation>%1: 問題なし（サービス %2 件、専門家 %3 人）</translation>
    </message>
    <message>
        <source>Write the catalog&apos;s services or experts to CSV (for Excel) or JSON.</source>
        <translation>カタログのサービスや専門家を CSV（Excel 用）か JSON に書き出します。</translation>
    </message>
    <message>
        <source>services or talent</source>
        <translation>services（サービス）か talent（人材）</translation>
    </message>
    <message>
        <source>the file to write (.csv or .json)</source>
        <translation>書き出すファイル（.csv か .json）</translation>
    </message>
    <message>
        <source>mamori-cli catalog export: give --kind services or talent, and an --output file ending in .csv or .json</source>
        <translation>mamori-cli catalog export: --kind services か talent と、.csv か .json で終わる --output のファイルを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries written</source>
        <translation>
            <numerusform>%1: %n 件を書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the catalog&apos;s services and experts by scheme, capability and prefecture.</source>
        <translation>カタログのサービスと専門家を、制度・対策・都道府県ごとに数えます。</translation>
    </message>
    <message>
        <source>Catalog: %1 (revision %2)</source>
        <translation>カタログ: %1（改訂 %2）</translation>
    </message>
    <message>
        <source>Services: %1 (%2 samples)</source>
        <translation>サービス: %1 件（うちサンプル %2 件）</translation>
    </message>
    <message>
        <source>Services per capability:</source>
        <translation>対策ごとのサービス数:</translation>
    </message>
    <message>
        <source>Experts: %1 (%2 samples), %3 情報処理安全確保支援士, %4 available now, %5 work remotely</source>
        <translation>専門家: %1 人（うちサンプル %2 人）、情報処理安全確保支援士 %3 人、受付中 %4 人、リモート対応 %5 人</translation>
    </message>
    <message>
        <source>Experts on site per prefecture:</source>
        <translation>都道府県ごとの訪問対応できる専門家:</translation>
    </message>
    <message>
        <source>Facts checked between %1 and %2</source>
        <translation>情報の確認日: %1〜%2</translation>
    </message>
    <message>
        <source>Remove the bundled sample entries once a real list has been imported.</source>
        <translation>実際の一覧を取り込んだ後に、同梱のサンプルを削除します。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample entries removed</source>
        <translation>
            <numerusform>サンプル %n 件を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1: %2% 読み込み済み</translation>
    </message>
    <message>
        <source>facts from %1: check the current terms</source>
        <translation>%1時点の情報：現在の条件を確認してください</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典：%1（%2）</translation>
    </message>
    <message>
        <source>mark services whose facts are older than this many months (default 12)</source>
        <translation>情報がこの月数より古いサービスに印を付ける（省略時は12）</translation>
    </message>
    <message>
        <source>mamori-cli match: --stale-months is a number from 1 to 240</source>
        <translation>mamori-cli match：--stale-months には1〜240の数を指定してください</translation>
    </message>
</context>
<context>
    <name>mamori::cli::Command</name>
    <message>
        <source>show this help</source>
        <translation>このヘルプを表示</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>使い方: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli %1: %2</source>
        <translation>mamori-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli %1 --help&apos; for more information.</source>
        <translation>詳しくは &apos;mamori-cli %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>出力形式: text または json</translation>
    </message>
    <message>
        <source>mamori-cli %1: unknown format &quot;%2&quot;; use text or json</source>
        <translation>mamori-cli %1: 出力形式「%2」は使えません。text または json を指定してください</translation>
    </message>
    <message>
        <source>an argument is missing</source>
        <translation>必要な引数がありません</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the option %1 is required but missing</source>
        <translation>オプション %1 が必要です（指定されていません）</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1 です</translation>
    </message>
    <message>
        <source>the option %1 is ambiguous: %2</source>
        <translation>オプション %1 があいまいです。候補: %2</translation>
    </message>
    <message>
        <source>the option %1 may be given only once</source>
        <translation>オプション %1 は1回だけ指定できます</translation>
    </message>
    <message>
        <source>the option %1 takes one value</source>
        <translation>オプション %1 に指定できる値は1つだけです</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>オプション %1 に値が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (for %2)</source>
        <translation>「%1」ははい/いいえではありません（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>「%1」は %2 の値として正しくありません</translation>
    </message>
    <message>
        <source>the option %1 takes no value</source>
        <translation>オプション %1 には値を付けられません</translation>
    </message>
    <message>
        <source>the option %1 is not written as the command line expects</source>
        <translation>オプション %1 の書き方が正しくありません</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>引数が多すぎます</translation>
    </message>
    <message>
        <source>the command line cannot be read (%1)</source>
        <translation>コマンドラインを読み取れません（%1）</translation>
    </message>
</context>
<context>
    <name>mamori::cli::DbCommands</name>
    <message>
        <source>Copy every firm and assessment from one database to another (an SQLite file or a postgresql:// URL), verified table by table.</source>
        <translation>すべての企業と診断を別のデータベース（SQLite ファイルまたは postgresql:// URL）へコピーし、テーブルごとに照合します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the database to copy: a file or a postgresql:// URL (only read)</source>
        <translation>コピー元のデータベース: ファイルまたは postgresql:// URL（読み取りのみ）</translation>
    </message>
    <message>
        <source>where to: a new file, or an empty database on a server (created tables; no firm yet)</source>
        <translation>コピー先: 新しいファイル、またはサーバー上の空のデータベース（テーブルは作成。企業はまだ無いこと）</translation>
    </message>
    <message>
        <source>mamori-cli db copy: --from and --to name the same database</source>
        <translation>mamori-cli db copy: --from と --to が同じデータベースです</translation>
    </message>
    <message>
        <source>%1% copied</source>
        <translation>%1% コピー済み</translation>
    </message>
    <message>
        <source>Copied %1 to %2, and read back:</source>
        <translation>%1 を %2 にコピーし、読み戻して照合しました:</translation>
    </message>
    <message>
        <source>rows, checksum %1 as in the original</source>
        <translation>行、チェックサム %1 は元と一致</translation>
    </message>
    <message>
        <source>Make Mamori&apos;s tables in the --db database (a new file, or an empty database on a server), or upgrade older ones; prints the schema version.</source>
        <translation>--db のデータベース（新しいファイル、またはサーバー上の空のデータベース）に Mamori のテーブルを作成し、古いテーブルは更新します。スキーマのバージョンを表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ready: schema %2, %n firm(s).</source>
        <translation>
            <numerusform>%1 の準備ができました: スキーマ %2、企業 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::cli::FirmCommands</name>
    <message>
        <source>Add a firm to the database from its profile.</source>
        <translation>企業プロフィールから企業をデータベースに追加します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>企業プロフィール（JSON）</translation>
    </message>
    <message>
        <source>Added firm %1: %2 (%3)</source>
        <translation>企業 %1 を追加しました: %2（%3）</translation>
    </message>
    <message>
        <source>List the firms in the database.</source>
        <translation>データベースの企業を一覧表示します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ASSESSMENTS</source>
        <translation>診断数</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>No firms yet: add one with &apos;mamori-cli firm add --profile FILE&apos;.</source>
        <translation>まだ企業がありません。「mamori-cli firm add --profile FILE」で追加してください。</translation>
    </message>
    <message>
        <source>Show a firm: its latest profile and its assessments.</source>
        <translation>企業の最新のプロフィールと診断を表示します。</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>企業の id</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Firm %1: %2</source>
        <translation>企業 %1: %2</translation>
    </message>
    <message>
        <source>  Size: %1 (%2 employees, capital %3 万円)</source>
        <translation>  規模: %1（従業員 %2 人、資本金 %3 万円）</translation>
    </message>
    <message>
        <source>  Industry %1, prefecture %2</source>
        <translation>  業種 %1、都道府県コード %2</translation>
    </message>
    <message>
        <source>  IT: %1 PCs, %2 phones or tablets, %3 servers</source>
        <translation>  IT機器: パソコン %1 台、スマートフォン・タブレット %2 台、サーバー %3 台</translation>
    </message>
    <message>
        <source>  Profile versions: %1, added %2</source>
        <translation>  プロフィールの版: %1、追加 %2</translation>
    </message>
    <message>
        <source>No assessments yet: start one with &apos;mamori-cli assessment start --firm %1 --pack ID&apos;.</source>
        <translation>まだ診断がありません。「mamori-cli assessment start --firm %1 --pack ID」で開始してください。</translation>
    </message>
    <message>
        <source>Assessments:</source>
        <translation>診断:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>回答中</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>回答 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  Team: %1</source>
        <translation>  チーム: %1</translation>
    </message>
    <message>
        <source>only firms whose name contains this text (any case)</source>
        <translation>名前にこの文字列を含む企業だけ（大文字・小文字は区別しません）</translation>
    </message>
    <message>
        <source>at most this many firms</source>
        <translation>表示する企業の最大数</translation>
    </message>
    <message>
        <source>skip this many first (with --limit: one page after another)</source>
        <translation>先頭からこの数だけ飛ばします（--limit と合わせて、ページごとに表示できます）</translation>
    </message>
    <message>
        <source>mamori-cli firm list: --limit and --offset take a number of 0 or more</source>
        <translation>mamori-cli firm list: --limit と --offset には 0 以上の数を指定してください</translation>
    </message>
    <message>
        <source>No firm&apos;s name contains &quot;%1&quot;.</source>
        <translation>名前に「%1」を含む会社はありません。</translation>
    </message>
    <message>
        <source>No firms after the first %1.</source>
        <translation>最初の %1 社より後に会社はありません。</translation>
    </message>
</context>
<context>
    <name>mamori::cli::HistoryCommand</name>
    <message numerus="yes">
        <source>%1 — firm %2, %n assessment(s)</source>
        <translation>
            <numerusform>%1 — 企業 %2、診断 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessments yet; start one with: mamori-cli assessment start --firm %1 --pack ID</source>
        <translation>診断はまだありません。次のコマンドで始められます: mamori-cli assessment start --firm %1 --pack ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>assessment %1: %2</source>
        <translation>診断 %1: %2</translation>
    </message>
    <message>
        <source>* last score computed; its pack version is not installed now</source>
        <translation>* 最後に計算した点数です。そのパックのバージョンは現在インストールされていません</translation>
    </message>
    <message>
        <source>%1 — %2: assessment %3 (%4) → assessment %5 (%6)</source>
        <translation>%1 — %2: 診断 %3（%4）→ 診断 %5（%6）</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>総合点: %1 → %2（%3）</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>変わった回答はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>変わった回答 %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>A firm&apos;s assessments with their scores over time, or two of them compared.</source>
        <translation>企業の診断と点数の推移、または2つの診断の比較を表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>企業の ID</translation>
    </message>
    <message>
        <source>compare two assessments of the firm: the earlier id, then the later</source>
        <translation>企業の2つの診断を比較する: 前の ID、次に後の ID</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>mamori-cli history: --compare takes two assessment ids, the earlier then the later</source>
        <translation>mamori-cli history: --compare には診断 ID を2つ（前、後の順）指定します</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>使い方: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli history: give --firm ID, or --compare with two assessment ids</source>
        <translation>mamori-cli history: --firm ID か、診断 ID 2つを付けた --compare を指定してください</translation>
    </message>
    <message>
        <source>assessment %1 is not of firm %2</source>
        <translation>診断 %1 は企業 %2 のものではありません</translation>
    </message>
</context>
<context>
    <name>mamori::cli::Inputs</name>
    <message>
        <source>micro business (小規模事業者)</source>
        <translation>小規模事業者</translation>
    </message>
    <message>
        <source>SME (中小企業)</source>
        <translation>中小企業</translation>
    </message>
    <message>
        <source>mid-size (中堅企業)</source>
        <translation>中堅企業</translation>
    </message>
    <message>
        <source>large enterprise</source>
        <translation>大企業</translation>
    </message>
    <message>
        <source>mamori-cli %1: &quot;%2&quot; is not a valid %3 id (a positive number)</source>
        <translation>mamori-cli %1: 「%2」は有効な%3の id（正の数）ではありません</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>パック ID またはパックファイル</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>企業のプロファイル（JSON）</translation>
    </message>
    <message>
        <source>the answers (JSON)</source>
        <translation>回答（JSON）</translation>
    </message>
    <message>
        <source>a stored assessment, instead of the three files</source>
        <translation>3つのファイルの代わりに、保存済みの診断</translation>
    </message>
    <message>
        <source>mamori-cli %1: give either --pack, --profile and --answers, or --assessment</source>
        <translation>mamori-cli %1: --pack・--profile・--answers か、--assessment のどちらかを指定してください</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>使い方: mamori-cli %1</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>assessment %1 was started with %2 version %3, which cannot be loaded</source>
        <translation>診断 %1 は %2 バージョン %3 で始めましたが、その質問票を読み込めません</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>注意: %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::cli::LogCommands</name>
    <message>
        <source>Show who changed which answers of an assessment, and when.</source>
        <translation>診断のどの回答を、誰が、いつ変更したかを表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the assessment&apos;s id</source>
        <translation>診断の id</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Show who changed a firm&apos;s profile and assessments, and when.</source>
        <translation>企業のプロフィールと診断を、誰が、いつ変更したかを表示します。</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>企業の id</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企業</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackAdminCommands</name>
    <message>
        <source>Check a pack&apos;s signature and install it beside the bundled packs.</source>
        <translation>質問票の署名を確認し、同梱の質問票と並べてインストールします。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>pack file</source>
        <translation>質問票のファイル</translation>
    </message>
    <message>
        <source>signature file (default: FILE.sig)</source>
        <translation>署名ファイル（既定：FILE.sig）</translation>
    </message>
    <message>
        <source>%1 %2 is already installed (%3); nothing changed.</source>
        <translation>%1 %2 は既にあります（%3）。何も変更していません。</translation>
    </message>
    <message>
        <source>Installed %1 %2: %3</source>
        <translation>%1 %2 をインストールしました：%3</translation>
    </message>
    <message>
        <source>New assessments use the newest version; earlier assessments keep theirs until migrated.</source>
        <translation>新しい診断は最新のバージョンを使います。以前の診断は移行するまで元のバージョンのままです。</translation>
    </message>
    <message>
        <source>Remove an installed pack version (not while assessments use it, unless forced).</source>
        <translation>インストールした質問票のバージョンを削除します（診断で使用中なら、強制しない限り削除しません）。</translation>
    </message>
    <message>
        <source>ID or ID@VERSION</source>
        <translation>ID または ID@バージョン</translation>
    </message>
    <message>
        <source>remove it even though stored assessments use it</source>
        <translation>保存された診断が使っていても削除する</translation>
    </message>
    <message numerus="yes">
        <source>mamori-cli pack remove: %n stored assessment(s) use %1 %2 (%3); migrate them first, or give --force (they cannot be scored until it is installed again)</source>
        <translation>
            <numerusform>mamori-cli pack remove: 保存された %n 件の診断が %1 %2 を使っています（%3）。先に移行するか、--force を付けてください（再インストールするまで、それらの診断は採点できません）</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 を削除しました。</translation>
    </message>
    <message>
        <source>Make a key pair for signing packs: a secret key to keep, a public key to hand out.</source>
        <translation>質問票に署名するための鍵ペア（手元に置く秘密鍵と配る公開鍵）を作ります。</translation>
    </message>
    <message>
        <source>who signs, as users will see it</source>
        <translation>利用者に表示される署名者名</translation>
    </message>
    <message>
        <source>writes OUT.secret.json and OUT.pub.json</source>
        <translation>OUT.secret.json と OUT.pub.json を書き出す</translation>
    </message>
    <message>
        <source>last day the key may sign (YYYY-MM-DD)</source>
        <translation>鍵で署名できる最終日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: the key needs a name</source>
        <translation>mamori-cli pack keygen: 鍵には名前が必要です</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: --expires needs a future date such as 2028-03-31, not &quot;%1&quot;</source>
        <translation>mamori-cli pack keygen: --expires には 2028-03-31 のような将来の日付が必要です（「%1」は使えません）</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: %1 exists; a key is never overwritten</source>
        <translation>mamori-cli pack keygen: %1 は既にあります。鍵は上書きしません</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: the cryptography library cannot start</source>
        <translation>mamori-cli pack keygen: 暗号ライブラリを開始できません</translation>
    </message>
    <message>
        <source>Key %1 for &quot;%2&quot;</source>
        <translation>「%2」の鍵 %1</translation>
    </message>
    <message>
        <source>  secret: %1 (readable by you only; keep it off shared drives)</source>
        <translation>  秘密鍵：%1（本人だけが読めます。共有ドライブには置かないでください）</translation>
    </message>
    <message>
        <source>  public: %1 (give it to the users who install your packs: mamori-cli trust add)</source>
        <translation>  公開鍵：%1（質問票をインストールする利用者に渡します：mamori-cli trust add）</translation>
    </message>
    <message>
        <source>  signs until %1</source>
        <translation>  署名できる期限：%1</translation>
    </message>
    <message>
        <source>Sign a valid pack with your secret key (writes FILE.sig beside it).</source>
        <translation>正しい質問票に秘密鍵で署名します（隣に FILE.sig を書き出します）。</translation>
    </message>
    <message>
        <source>secret key file</source>
        <translation>秘密鍵のファイル</translation>
    </message>
    <message>
        <source>%1: the key expired on %2; make a new one with &quot;pack keygen&quot; and hand out its public key</source>
        <translation>%1: 鍵は %2 に期限が切れています。「pack keygen」で新しい鍵を作り、その公開鍵を配ってください</translation>
    </message>
    <message>
        <source>Signed %1 %2 as &quot;%3&quot; (%4): %5</source>
        <translation>%1 %2 に「%3」（%4）として署名しました：%5</translation>
    </message>
    <message>
        <source>Check a pack&apos;s signature against the trusted keys, as installing it would.</source>
        <translation>インストール時と同じように、質問票の署名を信頼済みの鍵で確認します。</translation>
    </message>
    <message>
        <source>Trust a signer&apos;s public key, so their packs can be installed.</source>
        <translation>署名者の公開鍵を信頼し、その質問票をインストールできるようにします。</translation>
    </message>
    <message>
        <source>public key file</source>
        <translation>公開鍵のファイル</translation>
    </message>
    <message>
        <source>Trusted &quot;%1&quot; (%2).</source>
        <translation>「%1」（%2）を信頼しました。</translation>
    </message>
    <message>
        <source>Check the key id with its owner by phone or in person before installing their packs.</source>
        <translation>質問票をインストールする前に、鍵 ID を電話か対面で持ち主に確認してください。</translation>
    </message>
    <message>
        <source>List the keys whose pack signatures Mamori accepts.</source>
        <translation>Mamori が質問票の署名を受け入れる鍵を一覧します。</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>Stop trusting a key; packs it signed are refused from then on.</source>
        <translation>鍵の信頼をやめます。その鍵で署名された質問票は以後使えなくなります。</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>鍵 ID</translation>
    </message>
    <message>
        <source>No longer trusted: &quot;%1&quot; (%2).</source>
        <translation>信頼をやめました：「%1」（%2）。</translation>
    </message>
    <message>
        <source>  %1 %2 is refused from now on (%3)</source>
        <translation>  %1 %2 は今後使えません（%3）</translation>
    </message>
    <message>
        <source>install a pack without signature; pack lists mark it as unsigned</source>
        <translation>署名のない質問票をインストールする（質問票の一覧に「署名なし」と表示）</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: --name %1</source>
        <translation>mamori-cli pack keygen: --name: %1</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackCsvCommands</name>
    <message>
        <source>Make a pack from a spreadsheet of questions (CSV, UTF-8 or Shift_JIS) and a base pack.</source>
        <translation>設問の表（CSV、UTF-8 または Shift_JIS）とベースの質問票から質問票を作ります。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the spreadsheet, one row per question</source>
        <translation>1行に1問の設問の表</translation>
    </message>
    <message>
        <source>pack id or pack file giving everything but the questions</source>
        <translation>設問以外のすべてを与える質問票のIDまたはファイル</translation>
    </message>
    <message>
        <source>the new pack&apos;s version (default: the base&apos;s)</source>
        <translation>新しい質問票の版（既定：ベースの版）</translation>
    </message>
    <message>
        <source>the pack file to write</source>
        <translation>書き出す質問票のファイル</translation>
    </message>
    <message>
        <source>%1: nothing written</source>
        <translation>%1：何も書き込んでいません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: pack %2 %3, %n question(s), read as %4</source>
        <translation>
            <numerusform>%1 を書き出しました：質問票 %2 %3、%n 問（%4 として読み込み）</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack is not signed yet: sign it with &quot;mamori-cli pack sign --key KEY %1&quot;.</source>
        <translation>この質問票はまだ署名されていません。「mamori-cli pack sign --key KEY %1」で署名してください。</translation>
    </message>
    <message>
        <source>Write a pack&apos;s questions as a spreadsheet (CSV for Excel) to edit and import again.</source>
        <translation>質問票の設問を表（Excel向けCSV）に書き出します。編集して再び取り込めます。</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>質問票のIDまたはファイル</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>書き出すCSVファイル</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n question(s) of %2 %3</source>
        <translation>
            <numerusform>%1 を書き出しました：%2 %3 の %n 問</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackListCommand</name>
    <message>
        <source>List the questionnaire packs Mamori can use.</source>
        <translation>Mamori で使える質問パックを一覧表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>質問数</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>No packs found.</source>
        <translation>パックが見つかりません。</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>（署名なし）</translation>
    </message>
    <message>
        <source>Why each is trusted:</source>
        <translation>それぞれを信頼する理由:</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackMigrateCommands</name>
    <message>
        <source>new question</source>
        <translation>新しい質問</translation>
    </message>
    <message>
        <source>not answered before</source>
        <translation>以前は未回答</translation>
    </message>
    <message>
        <source>the earlier answer &quot;%1&quot; is no longer a choice</source>
        <translation>以前の回答「%1」は選択肢からなくなりました</translation>
    </message>
    <message>
        <source>Compare two versions of a pack: questions added, removed, replaced and changed, and scoring.</source>
        <translation>質問票の2つのバージョンを比べます（追加・削除・置き換え・変更された質問と採点）。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>earlier version: ID@VERSION or file</source>
        <translation>以前のバージョン：ID@バージョン またはファイル</translation>
    </message>
    <message>
        <source>later version: ID@VERSION, ID or file</source>
        <translation>新しいバージョン：ID@バージョン、ID またはファイル</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>No differences in questions, categories or scoring.</source>
        <translation>質問・分野・採点に違いはありません。</translation>
    </message>
    <message>
        <source>Questions added:</source>
        <translation>追加された質問：</translation>
    </message>
    <message>
        <source>Questions replaced (answers carry over on migration):</source>
        <translation>置き換えられた質問（移行時に回答を引き継ぎます）：</translation>
    </message>
    <message>
        <source>Questions removed (declared):</source>
        <translation>削除された質問（宣言あり）：</translation>
    </message>
    <message>
        <source>Questions gone without a declaration (their answers will be listed, not carried):</source>
        <translation>宣言なしでなくなった質問（回答は引き継がず、一覧に示します）：</translation>
    </message>
    <message>
        <source>Questions changed:</source>
        <translation>変更された質問：</translation>
    </message>
    <message>
        <source>Categories added:</source>
        <translation>追加された分野：</translation>
    </message>
    <message>
        <source>Categories removed:</source>
        <translation>削除された分野：</translation>
    </message>
    <message>
        <source>Categories changed:</source>
        <translation>変更された分野：</translation>
    </message>
    <message>
        <source>Scoring changed (answer scale and bands):</source>
        <translation>採点の変更（回答の選択肢と判定の段階）：</translation>
    </message>
    <message>
        <source>Carry an assessment&apos;s answers to another version of its pack, listing what needs a fresh answer.</source>
        <translation>診断の回答を質問票の別のバージョンへ引き継ぎ、回答し直しが必要な質問を示します。</translation>
    </message>
    <message>
        <source>assessment id</source>
        <translation>診断 ID</translation>
    </message>
    <message>
        <source>version to migrate to (default: the newest installed)</source>
        <translation>移行先のバージョン（既定：インストール済みの最新）</translation>
    </message>
    <message>
        <source>show what would happen and change nothing</source>
        <translation>結果を表示するだけで何も変更しない</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Assessment %1 already uses %2 %3, the newest installed version; nothing to migrate.</source>
        <translation>診断 %1 は既にインストール済みの最新版 %2 %3 を使っています。移行するものはありません。</translation>
    </message>
    <message>
        <source>Started assessment %1 with %2 %3 from assessment %4 (%5); assessment %4 is kept as it was.</source>
        <translation>診断 %4（%5）から %2 %3 の診断 %1 を始めました。診断 %4 はそのまま残しています。</translation>
    </message>
    <message>
        <source>Dry run: assessment %1 from %2 %3 to %4; nothing was changed.</source>
        <translation>試行：診断 %1 を %2 %3 から %4 へ。何も変更していません。</translation>
    </message>
    <message>
        <source>Carried over: %1 answers</source>
        <translation>引き継いだ回答：%1 件</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>（%1 から）</translation>
    </message>
    <message>
        <source>(reworded: check it still holds)</source>
        <translation>（文言が変わりました。回答が今も当てはまるか確認してください）</translation>
    </message>
    <message>
        <source>Need a fresh answer: %1</source>
        <translation>回答し直しが必要：%1 件</translation>
    </message>
    <message>
        <source>Not carried over (kept in assessment %1): %2</source>
        <translation>引き継がなかった回答（診断 %1 に残っています）：%2 件</translation>
    </message>
    <message>
        <source>removed in %1</source>
        <translation>%1 で削除</translation>
    </message>
    <message>
        <source>no longer in the pack</source>
        <translation>質問票からなくなりました</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackShowCommand</name>
    <message>
        <source>Show a pack: its guideline, answer scale, score bands and categories with their targets.</source>
        <translation>パックの内容（ガイドライン、回答の選択肢、得点のレベル、カテゴリとその目標）を表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>パックの id またはパックファイル</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>ガイドライン: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>質問数: %1</translation>
    </message>
    <message>
        <source>Answer scale:</source>
        <translation>回答の選択肢:</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>採点対象外</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source> (flagged for review)</source>
        <translation>（要確認として表示）</translation>
    </message>
    <message>
        <source>Score bands:</source>
        <translation>得点のレベル:</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 点以上</translation>
    </message>
    <message>
        <source>Categories (targets: micro / small / medium / large):</source>
        <translation>カテゴリ（目標: 小規模事業者 / 中小企業 / 中堅企業 / 大企業）:</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>署名：%1</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackValidateCommand</name>
    <message>
        <source>Check questionnaire pack files and report every problem with its file, line, column and JSON path.</source>
        <translation>質問パックのファイルを検査し、見つかった問題をすべて、ファイル・行・列・JSON パスとともに報告します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>pack files to check</source>
        <translation>検査するパックファイル</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid — %2 %3, %n question(s)</source>
        <translation>
            <numerusform>%1: 有効 — %2 %3、質問 %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 files invalid, %3 problems in all</source>
        <translation>%2 ファイル中 %1 ファイルが無効です（問題は合計 %3 件）</translation>
    </message>
</context>
<context>
    <name>mamori::cli::QuestionsCommand</name>
    <message>
        <source>List the questions of a pack that apply to a firm, given its profile (and, for follow-up questions, the answers so far).</source>
        <translation>企業プロフィール（追加の質問については、それまでの回答も）をもとに、その企業に該当するパックの質問を一覧表示します。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>パックの id またはパックファイル</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>企業プロフィール（JSON）</translation>
    </message>
    <message>
        <source>answers so far (JSON), to decide follow-up questions</source>
        <translation>これまでの回答（JSON）。追加の質問を出すかどうかの判断に使用</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1 of %2 questions apply to this firm.</source>
        <translation>%2 問中 %1 問がこの企業に該当します。</translation>
    </message>
    <message>
        <source>(follow-up: asked when %1 is answered %2)</source>
        <translation>（追加の質問: %1 の回答が %2 の場合に質問します）</translation>
    </message>
</context>
<context>
    <name>mamori::cli::ReportCommand</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>the consultant&apos;s name, for the report</source>
        <translation>レポートに載せるコンサルタント名</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>使い方: mamori-cli %1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Write a firm&apos;s report: a PDF for the firm&apos;s owner, with charts, or the whole result as CSV for Excel or as JSON.</source>
        <translation>企業の報告書を書き出します。経営者向けのグラフ入り PDF、または結果全体を Excel 用の CSV か JSON で出力します。</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the file name)</source>
        <translation>pdf・csv・json のいずれか（省略時はファイル名から判断）</translation>
    </message>
    <message>
        <source>an image for the cover of the PDF (PNG or JPEG)</source>
        <translation>PDF の表紙に載せる画像（PNG・JPEG）</translation>
    </message>
    <message>
        <source>the PDF&apos;s sections, comma-separated (default: all): summary, areas, questions, plan, matches, trend, method</source>
        <translation>PDF に含める章をカンマ区切りで（省略時はすべて）：summary, areas, questions, plan, matches, trend, method</translation>
    </message>
    <message>
        <source>leave the catalog out of the PDF</source>
        <translation>PDF にカタログの候補を載せない</translation>
    </message>
    <message>
        <source>mamori-cli report: give --out FILE ending in .pdf, .csv or .json, or --format pdf, csv or json</source>
        <translation>mamori-cli report: --out に .pdf・.csv・.json で終わるファイル名を指定するか、--format pdf・csv・json を指定してください</translation>
    </message>
    <message>
        <source>mamori-cli report: unknown section &quot;%1&quot;; known: summary, areas, questions, plan, matches, trend, method</source>
        <translation>mamori-cli report: 章「%1」はありません。指定できるのは summary, areas, questions, plan, matches, trend, method です</translation>
    </message>
    <message>
        <source>mamori-cli report: a PDF needs a QApplication (Qt Charts draws the charts)</source>
        <translation>mamori-cli report: PDF の作成には QApplication が必要です（グラフを Qt Charts で描くため）</translation>
    </message>
    <message>
        <source>%1: cannot read the logo: %2</source>
        <translation>%1: ロゴ画像を読み込めません：%2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>mark services whose facts are older than this many months (default 12)</source>
        <translation>情報がこの月数より古いサービスに印を付ける（省略時は12）</translation>
    </message>
    <message>
        <source>mamori-cli report: --stale-months is a number from 1 to 240</source>
        <translation>mamori-cli report：--stale-months には1〜240の数を指定してください</translation>
    </message>
</context>
<context>
    <name>mamori::cli::TransferCommands</name>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>the id to export</source>
        <translation>書き出す ID</translation>
    </message>
    <message>
        <source>write the document to this file (written whole or not at all); default: standard output</source>
        <translation>文書をこのファイルに書き込む（全部書くか、まったく書かないか）。既定: 標準出力</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n assessment(s))</source>
        <translation>
            <numerusform>%1 を書き出しました（診断 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a firm with all its profile versions and assessments as one JSON document.</source>
        <translation>企業を、すべてのプロフィール版と診断とともに1つの JSON 文書として書き出します。</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Export one assessment, with its firm and profile, as a JSON document.</source>
        <translation>診断1件を、その企業とプロフィールとともに JSON 文書として書き出します。</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Import a firm or an assessment exported by Mamori; all of it or nothing, never twice.</source>
        <translation>Mamori が書き出した企業または診断を取り込みます。全部か何もしないかのどちらかで、二重には取り込みません。</translation>
    </message>
    <message>
        <source>the exported JSON document</source>
        <translation>書き出された JSON 文書</translation>
    </message>
    <message>
        <source>Added firm %1: %2</source>
        <translation>企業 %1 を追加しました: %2</translation>
    </message>
    <message>
        <source>Firm %1: %2 (already here)</source>
        <translation>企業 %1: %2（登録済み）</translation>
    </message>
    <message numerus="yes">
        <source>%n profile version(s) added</source>
        <translation>
            <numerusform>プロフィール版を %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) added</source>
        <translation>
            <numerusform>診断を %n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here, unchanged</source>
        <translation>
            <numerusform>診断 %n 件は登録済みで変更なし</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment ids here: %1</source>
        <translation>このPCでの診断 ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here brought up to date: %1</source>
        <translation>
            <numerusform>登録済みの診断 %n 件を最新にしました: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added or replaced by later ones</source>
        <translation>
            <numerusform>回答 %n 件を追加または新しい回答で置き換え</numerusform>
        </translation>
    </message>
    <message>
        <source>where an answer was changed both here and in the document since the two copies last met, take the document&apos;s (default: keep the one here)</source>
        <translation>前回のやり取りの後にこのPCと文書の両方で変更された回答について、文書の回答を採用する（既定: このPCの回答を残す）</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) kept as they are here: changed here since the document&apos;s copy was made</source>
        <translation>
            <numerusform>このPCの回答を %n 件そのまま残しました: 文書の作成後にこのPCで変更されています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed both here and in the document; the document&apos;s taken:</source>
        <translation>
            <numerusform>このPCと文書の両方で変更された回答が %n 件あり、文書の回答を採用しました:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed both here and in the document; kept here (--theirs takes the document&apos;s):</source>
        <translation>
            <numerusform>このPCと文書の両方で変更された回答が %n 件あり、このPCの回答を残しました（--theirs で文書の回答を採用）:</numerusform>
        </translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1、メモ: %2</translation>
    </message>
    <message>
        <source>assessment %1, %2: here %3 (%4); document %5 (%6)</source>
        <translation>診断 %1、%2: このPC %3（%4）／文書 %5（%6）</translation>
    </message>
</context>
<context>
    <name>mamori::gui::AssetsPage</name>
    <message>
        <source> — recommended</source>
        <translation> — おすすめ</translation>
    </message>
    <message>
        <source>IT assets</source>
        <translation>IT 資産</translation>
    </message>
    <message>
        <source>What the company uses decides which questions are asked: a firm without a website is not asked about one. Count roughly; &quot;don&apos;t know&quot; is an answer later, not here.</source>
        <translation>会社で使っているものによって、質問が決まります（Web サイトがない会社には Web サイトの質問はしません）。数はおおよそで構いません。「わからない」は後の質問で選べます。</translation>
    </message>
    <message>
        <source>&amp;PCs:</source>
        <translation>パソコン(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;martphones and tablets:</source>
        <translation>スマートフォン・タブレット(&amp;M):</translation>
    </message>
    <message>
        <source>Ser&amp;vers on the premises:</source>
        <translation>社内のサーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Computers that serve others in the office (file server, NAS, accounting server), not cloud services.</source>
        <translation>社内でほかのパソコンにサービスを提供するコンピューター（ファイルサーバー、NAS、会計サーバーなど）。クラウドサービスは含みません。</translation>
    </message>
    <message>
        <source>Personal data &amp;records:</source>
        <translation>個人情報の件数(&amp;R):</translation>
    </message>
    <message>
        <source>Who looks after &amp;IT:</source>
        <translation>IT の担当者(&amp;I):</translation>
    </message>
    <message>
        <source>Our own &amp;website</source>
        <translation>自社の Web サイトがある(&amp;W)</translation>
    </message>
    <message>
        <source>We sell &amp;online or take payments online</source>
        <translation>ネット販売やオンライン決済をしている(&amp;O)</translation>
    </message>
    <message>
        <source>Staff wor&amp;k remotely (home, VPN)</source>
        <translation>テレワーク（在宅・VPN）をしている(&amp;K)</translation>
    </message>
    <message>
        <source>We use Wi-Fi in the offic&amp;e</source>
        <translation>社内で Wi-Fi を使っている(&amp;E)</translation>
    </message>
    <message>
        <source>We handle &amp;credit card data</source>
        <translation>クレジットカード情報を扱っている(&amp;C)</translation>
    </message>
    <message>
        <source>Factory machines or IoT &amp;devices on the network</source>
        <translation>工場の機械や IoT 機器をネットワークにつないでいる(&amp;D)</translation>
    </message>
    <message>
        <source>Cloud services &amp;used:</source>
        <translation>使っているクラウドサービス(&amp;U):</translation>
    </message>
    <message>
        <source>Protections already in place:</source>
        <translation>すでに導入している対策:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire to answer:</source>
        <translation>回答する質問票(&amp;Q):</translation>
    </message>
    <message>
        <source>Number of PCs</source>
        <translation>パソコンの台数</translation>
    </message>
    <message>
        <source>Number of smartphones and tablets</source>
        <translation>スマートフォン・タブレットの台数</translation>
    </message>
    <message>
        <source>Number of servers on the premises</source>
        <translation>社内のサーバーの台数</translation>
    </message>
    <message>
        <source>Number of personal data records</source>
        <translation>個人情報の件数</translation>
    </message>
    <message>
        <source>Who looks after IT</source>
        <translation>IT の担当者</translation>
    </message>
    <message>
        <source>Cloud services used</source>
        <translation>使っているクラウドサービス</translation>
    </message>
    <message>
        <source>Protections already in place</source>
        <translation>すでに導入している対策</translation>
    </message>
    <message>
        <source>Questionnaire to answer</source>
        <translation>回答する質問票</translation>
    </message>
    <message>
        <source>Desktops and laptops used for work, staff&apos;s own ones included if they are used for work.</source>
        <translation>業務で使うデスクトップとノートパソコン。業務に使っていれば従業員の私物も含めます。</translation>
    </message>
    <message>
        <source>Company phones and tablets, and staff&apos;s own phones used for work mail or chat.</source>
        <translation>会社のスマートフォンとタブレット、および業務のメールやチャットに使う従業員の私物のスマートフォン。</translation>
    </message>
    <message>
        <source>People (customers, staff, applicants…) whose names with contact details or other personal data the company keeps; a rough count is enough.</source>
        <translation>会社が氏名と連絡先などの個人情報を保有している人（顧客、従業員、応募者など）の数。おおよそで構いません。</translation>
    </message>
    <message>
        <source>Someone who installs updates, manages accounts and passwords, and is called when something breaks.</source>
        <translation>更新プログラムの適用やアカウント・パスワードの管理をし、トラブルのときに呼ばれる人のことです。</translation>
    </message>
    <message>
        <source> — unsigned</source>
        <translation> — 署名なし</translation>
    </message>
</context>
<context>
    <name>mamori::gui::CatalogDialog</name>
    <message>
        <source>Catalog of services and experts</source>
        <translation>サービスと専門家のカタログ</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>取り込み前の確認</translation>
    </message>
    <message>
        <source>Choose a CSV (UTF-8 or Shift_JIS, as Excel saves it) or JSON file. It is checked first; nothing is written until you import it, and then all of it or none of it.</source>
        <translation>CSV（Excel で保存した UTF-8 または Shift_JIS）か JSON のファイルを選んでください。まず検査し、取り込むまでは何も書き込みません。取り込むときは全部か、全く取り込まないかのどちらかです。</translation>
    </message>
    <message>
        <source>&amp;Choose a file to import…</source>
        <translation>取り込むファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove the sample entries…</source>
        <translation>サンプルを削除(&amp;R)…</translation>
    </message>
    <message>
        <source>%1
Services: %2 (%3 samples) — お助け隊 1類 %4, 2類 %5, 新類型 %6, other %7
Experts: %8 (%9 samples), of whom %10 情報処理安全確保支援士, %11 available now, %12 work remotely</source>
        <translation>%1
サービス: %2 件（うちサンプル %3 件）— お助け隊 1類 %4、2類 %5、新類型 %6、その他 %7
専門家: %8 人（うちサンプル %9 人）、うち情報処理安全確保支援士 %10 人、受付中 %11 人、リモート対応 %12 人</translation>
    </message>
    <message>
        <source>Facts checked between %1 and %2</source>
        <translation>情報の確認日: %1〜%2</translation>
    </message>
    <message>
        <source>Import into the catalog</source>
        <translation>カタログに取り込む</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>カタログのファイル (*.csv *.json)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the file and choose it again. Nothing will be imported.</source>
        <translation>
            <numerusform>問題が %n 件あります。ファイルを直してから選び直してください。何も取り込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1 services and %2 experts (existing ids are updated).</source>
        <translation>取り込めます: サービス %1 件、専門家 %2 人（同じ ID は更新します）。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>何も取り込みませんでした:</translation>
    </message>
    <message>
        <source>Imported: services %1 added, %2 updated; experts %3 added, %4 updated.</source>
        <translation>取り込みました: サービス 追加 %1 件・更新 %2 件、専門家 追加 %3 人・更新 %4 人。</translation>
    </message>
    <message>
        <source>Remove the sample entries</source>
        <translation>サンプルの削除</translation>
    </message>
    <message>
        <source>Remove every entry marked sample (the fictional services and experts shipped with Mamori)? Do this once a real list is imported.</source>
        <translation>サンプルの印が付いたもの（Mamori に同梱の架空のサービスと専門家）をすべて削除しますか？実際の一覧を取り込んだ後に行ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample entries removed.</source>
        <translation>
            <numerusform>サンプル %n 件を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更した人</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Changes, oldest first</source>
        <translation>変更の一覧（古い順）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the change log again</source>
        <translation>変更履歴を読み込み直す</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this firm and its assessments, oldest first. Names are those given in the settings; the login stands beside a name when it differs.</source>
        <translation>
            <numerusform>この企業とその診断への変更 %n 件（古い順）。名前は設定で入力されたものです。ログイン名と異なるときは、ログイン名を併記しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::CompanyPage</name>
    <message>
        <source>Enter the firm&apos;s name to go on.</source>
        <translation>先に進むには会社名を入力してください。</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>会社について</translation>
    </message>
    <message>
        <source>Size and industry decide which targets apply and which questions are asked. Rough figures are fine; you can change them later.</source>
        <translation>規模と業種によって、目標と質問が決まります。おおよその数字で構いません。後から変更できます。</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>会社名(&amp;M):</translation>
    </message>
    <message>
        <source>e.g. 株式会社あおば精機</source>
        <translation>例: 株式会社あおば精機</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Wholesale or retail:</source>
        <translation>卸売か小売か(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Prefecture:</source>
        <translation>都道府県(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>従業員数(&amp;E):</translation>
    </message>
    <message>
        <source>Regular employees (常時使用する従業員), not counting the owner or officers.</source>
        <translation>常時使用する従業員の数。経営者や役員は含みません。</translation>
    </message>
    <message>
        <source>&amp;Capital (万円):</source>
        <translation>資本金(&amp;C):</translation>
    </message>
    <message>
        <source> 万円</source>
        <translation> 万円</translation>
    </message>
    <message>
        <source>Paid-in capital in units of 10,000 yen; 0 for a sole proprietor.</source>
        <translation>資本金の額（万円単位）。個人事業主は 0 です。</translation>
    </message>
    <message>
        <source>We &amp;supply large companies</source>
        <translation>大企業と取引している(&amp;S)</translation>
    </message>
    <message>
        <source>Large customers increasingly ask their suppliers about security (supply-chain attacks go through smaller firms).</source>
        <translation>大手の取引先が、取引先のセキュリティ対策を確認することが増えています（サプライチェーン攻撃は規模の小さい会社を経由します）。</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Wholesale or retail</source>
        <translation>卸売か小売か</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Capital in 10,000 yen</source>
        <translation>資本金（万円）</translation>
    </message>
    <message>
        <source>We supply large companies</source>
        <translation>大企業と取引している</translation>
    </message>
    <message>
        <source>A firm named &quot;%1&quot; is already on this PC. To assess it again, go back and choose it, then &quot;New assessment of this firm&quot;, so its history stays in one place.</source>
        <translation>「%1」という企業はすでにこのPCに登録されています。もう一度診断する場合は、前の画面でその企業を選び「この企業の新しい診断」を選ぶと、履歴が1か所にまとまります。</translation>
    </message>
    <message>
        <source>No employees and no capital: fine for a sole proprietor working alone; otherwise check the figures, they decide the targets.</source>
        <translation>従業員も資本金も 0 です。一人で営む個人事業主ならそのままで構いません。そうでなければ数字を確認してください（目標はこの数字で決まります）。</translation>
    </message>
    <message>
        <source>The firm&apos;s name %1.</source>
        <translation>会社名: %1。</translation>
    </message>
    <message>
        <source>With these figures the firm counts as: &lt;b&gt;%1&lt;/b&gt; (small and medium: 中小企業基本法; mid-size: 産業競争力強化法; size decides the targets and which questions are asked).</source>
        <translation>この数字では、貴社は&lt;b&gt;%1&lt;/b&gt;にあたります（中小企業・小規模事業者は中小企業基本法、中堅企業は産業競争力強化法の区分です。規模によって目標と質問が変わります）。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::HelpWindow</name>
    <message>
        <source>The copy that came with Mamori %1; it needs no connection.</source>
        <translation>Mamori %1 に付属の利用ガイドです。インターネットに接続しなくても読めます。</translation>
    </message>
    <message>
        <source>%1 is not part of the offline guide; it is in Mamori&apos;s source, in docs/.</source>
        <translation>%1 はこの利用ガイドに含まれていません。Mamori のソースの docs/ にあります。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>利用ガイド</translation>
    </message>
</context>
<context>
    <name>mamori::gui::MainWindow</name>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>Mamori について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mamori %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Security self-assessment, action plans and service matching for small and medium enterprises in Japan. Your data stays on this PC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mamori %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;中小企業のための情報セキュリティ自己診断、対策計画、支援サービスの紹介。データはこのPCの中だけに保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>データベース: %1（読み取り専用）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>Mamori について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 問中 %1 問に回答</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>IT assets</source>
        <translation>IT 資産</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>回答した質問</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <source>&amp;Start the questions ▶</source>
        <translation>質問を始める(&amp;S) ▶</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>対策計画</translation>
    </message>
    <message>
        <source>&amp;Results ▶</source>
        <translation>結果(&amp;R) ▶</translation>
    </message>
    <message>
        <source>&amp;Action plan ▶</source>
        <translation>対策計画(&amp;A) ▶</translation>
    </message>
    <message>
        <source>&amp;Catalog of services and experts…</source>
        <translation>サービスと専門家のカタログ(&amp;C)…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>&amp;Matches ▶</source>
        <translation>候補(&amp;M) ▶</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>&amp;Report ▶</source>
        <translation>報告書(&amp;R) ▶</translation>
    </message>
    <message>
        <source>Assessment %1 was made with %2 %3, which cannot be loaded: %4</source>
        <translation>診断 %1 は %2 %3 で行われましたが、その質問票を読み込めません：%4</translation>
    </message>
    <message>
        <source>Questionnaire &amp;packs…</source>
        <translation>質問票の管理(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;log of this firm…</source>
        <translation>この企業の変更履歴(&amp;L)…</translation>
    </message>
    <message>
        <source>Information security for small businesses</source>
        <translation>中小企業の情報セキュリティ</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>利用ガイド(&amp;U)</translation>
    </message>
</context>
<context>
    <name>mamori::gui::MatchesPage</name>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>%1 を比較</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>点数 %1 / 100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>カタログが開かれていません。</translation>
    </message>
    <message>
        <source>No service matches.</source>
        <translation>該当するサービスはありません。</translation>
    </message>
    <message>
        <source>What to relax</source>
        <translation>緩められる条件</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n)</source>
        <translation>
            <numerusform>対象外（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 experts in the catalog; %2 work here or remotely and pass the filters.</source>
        <translation>カタログの専門家 %1 人のうち、貴社の地域かリモートで対応でき、条件を満たすのは %2 人です。</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>該当する専門家はいません。</translation>
    </message>
    <message>
        <source>%1 (covers %2%): %3</source>
        <translation>%1（カバー率 %2%）: %3</translation>
    </message>
    <message>
        <source>Close matches left out by the filters</source>
        <translation>条件で除外された、よく合う専門家</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>サービス（%1）</translation>
    </message>
    <message>
        <source>Experts (%1)</source>
        <translation>専門家（%1）</translation>
    </message>
    <message>
        <source>Tick &quot;Compare&quot; on two services</source>
        <translation>2つのサービスの「比較」にチェックを入れてください</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供事業者</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Needs covered</source>
        <translation>カバーする対策</translation>
    </message>
    <message>
        <source>A month for you</source>
        <translation>貴社の月額</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>初年度</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>最低契約期間</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On site in %1</source>
        <translation>%1への駆けつけ</translation>
    </message>
    <message>
        <source>IT導入補助金</source>
        <translation>IT導入補助金</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>保険の補償</translation>
    </message>
    <message>
        <source>included</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Compare services</source>
        <translation>サービスの比較</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>First</source>
        <translation>1つ目</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>2つ目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Provider or qualifications</source>
        <translation>提供事業者または資格</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Needs covered (%)</source>
        <translation>カバー率（%）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>月額 %1</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>専門家</translation>
    </message>
    <message>
        <source>from %1 a day</source>
        <translation>1日 %1から</translation>
    </message>
    <message>
        <source>Export the shortlist</source>
        <translation>候補の書き出し</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Services up to (a month):</source>
        <translation>サービスの上限（月額）:</translation>
    </message>
    <message>
        <source>Experts up to (a day):</source>
        <translation>専門家の上限（1日）:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Monthly budget for services</source>
        <translation>サービスの月額予算</translation>
    </message>
    <message>
        <source>Daily budget for experts</source>
        <translation>専門家の1日あたり予算</translation>
    </message>
    <message>
        <source>&amp;On site only</source>
        <translation>訪問対応のみ(&amp;O)</translation>
    </message>
    <message>
        <source>On site only</source>
        <translation>訪問対応のみ</translation>
    </message>
    <message>
        <source>Only services and experts who come to your prefecture</source>
        <translation>貴社の都道府県へ来てくれるサービスと専門家だけ</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>制度(&amp;S):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>お助け隊 services only</source>
        <translation>お助け隊サービスのみ</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>専門家</translation>
    </message>
    <message>
        <source>Services or experts</source>
        <translation>サービスか専門家か</translation>
    </message>
    <message>
        <source>Co&amp;mpare two…</source>
        <translation>2つを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare two services</source>
        <translation>2つのサービスを比較</translation>
    </message>
    <message>
        <source>&amp;Export shortlist (CSV)…</source>
        <translation>候補を書き出す (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>候補を書き出す</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>カタログ(&amp;C)…</translation>
    </message>
    <message>
        <source>Manage the catalog</source>
        <translation>カタログの管理</translation>
    </message>
    <message>
        <source>facts from %1: check the current terms</source>
        <translation>%1時点の情報：現在の条件を確認してください</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>Sources of %1</source>
        <translation>%1の出典</translation>
    </message>
    <message>
        <source>Mamori&apos;s list of services was compiled on %1, longer ago than %2 months: update Mamori, and check each provider&apos;s current terms.</source>
        <translation>Mamoriのサービス一覧は%1にまとめたもので、%2か月より古くなっています。Mamoriを更新し、各提供事業者の現在の条件を確認してください。</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>情報の時点</translation>
    </message>
    <message>
        <source>check the current terms</source>
        <translation>現在の条件を確認してください</translation>
    </message>
    <message>
        <source>Finding an expert</source>
        <translation>専門家の探し方</translation>
    </message>
    <message>
        <source>Services and experts that cover what your action plan needs, best first, each with why and where its facts come from. Mamori&apos;s own list holds the registered お助け隊 services whose facts could be checked in public sources, not every registered one; an administrator can import more with the catalog manager.</source>
        <translation>対策計画に必要なことをカバーするサービスと専門家を、合う順に、理由と情報の出典とともに示します。Mamori の一覧に載っているのは、公開情報で確かめられた登録済みのお助け隊サービスだけで、登録サービスのすべてではありません。管理者はカタログ管理からほかの一覧を取り込めます。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::PackManagerDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>質問票の管理</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>インストール済みの質問票</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Install from &amp;file…</source>
        <translation>ファイルからインストール(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <source>Install &amp;unsigned…</source>
        <translation>署名なしでインストール(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous version</source>
        <translation>前のバージョンと比較(&amp;C)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Choose a pack file to install: its signature is checked against the trusted keys and the result is shown here before anything is installed.</source>
        <translation>インストールする質問票のファイルを選んでください。署名を信頼済みの鍵で確認し、インストールの前に結果をここに表示します。</translation>
    </message>
    <message>
        <source>Install an unsigned pack</source>
        <translation>署名のない質問票のインストール</translation>
    </message>
    <message>
        <source>Remove a pack</source>
        <translation>質問票の削除</translation>
    </message>
    <message>
        <source>Remove %1 %2?</source>
        <translation>%1 %2 を削除しますか？</translation>
    </message>
    <message>
        <source>%1 %2 — %3
%4
%5</source>
        <translation>%1 %2 — %3
%4
%5</translation>
    </message>
    <message>
        <source>Assessments of this firm made with an older version of their pack. Migrating starts a new assessment on the newest version with every answer that still fits; the earlier one is kept as it was.</source>
        <translation>この企業の診断のうち、古いバージョンの質問票で行ったものです。移行すると、今も当てはまる回答をすべて引き継いで最新版で新しい診断を始めます。以前の診断はそのまま残ります。</translation>
    </message>
    <message>
        <source>Assessments on older pack versions</source>
        <translation>古いバージョンの質問票による診断</translation>
    </message>
    <message>
        <source>&amp;Migrate to the newest version…</source>
        <translation>最新版へ移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Assessment migrated</source>
        <translation>診断を移行しました</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>信頼する鍵</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>鍵を信頼する(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Stop trusting…</source>
        <translation>信頼をやめる(&amp;S)…</translation>
    </message>
    <message>
        <source>Stop trusting a key</source>
        <translation>鍵の信頼をやめる</translation>
    </message>
    <message>
        <source>Packs signed with this key will be refused from now on, and assessments made with them cannot be scored until the key is trusted again. Continue?</source>
        <translation>この鍵で署名された質問票は今後使えなくなり、それを使った診断は鍵を再び信頼するまで採点できません。続けますか？</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>質問票(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Migrate assessments</source>
        <translation>診断の移行(&amp;M)</translation>
    </message>
    <message>
        <source>Trusted &amp;keys</source>
        <translation>信頼する鍵(&amp;K)</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>署名者：%1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>使用不可：%1</translation>
    </message>
    <message>
        <source>(bundled with Mamori)</source>
        <translation>（Mamori 同梱）</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message numerus="yes">
        <source>Assessment %1: %2 %3 → %4 (%n answer(s))</source>
        <translation>
            <numerusform>診断 %1：%2 %3 → %4（回答 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Install a questionnaire pack</source>
        <translation>質問票のインストール</translation>
    </message>
    <message>
        <source>Packs (*.json)</source>
        <translation>質問票 (*.json)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); this file cannot be installed:</source>
        <translation>
            <numerusform>問題が %n 件あり、このファイルはインストールできません：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %3, %n question(s)</source>
        <translation>
            <numerusform>%1 %2 — %3、質問 %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature: %1 — %2</source>
        <translation>署名：%1 — %2</translation>
    </message>
    <message>
        <source>Ready to install.</source>
        <translation>インストールできます。</translation>
    </message>
    <message>
        <source>It can be installed only as unsigned, on your own responsibility.</source>
        <translation>署名なしとして、自己責任でのみインストールできます。</translation>
    </message>
    <message>
        <source>It cannot be installed: ask the sender for a correctly signed copy.</source>
        <translation>インストールできません。送り主に正しく署名されたものを依頼してください。</translation>
    </message>
    <message>
        <source>Nothing was installed:</source>
        <translation>何もインストールしていません：</translation>
    </message>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation>%1 %2 は既にインストールされています。何も変更していません。</translation>
    </message>
    <message>
        <source>Installed %1 %2: %3
New assessments use the newest version; earlier assessments keep theirs until you migrate them.</source>
        <translation>%1 %2 をインストールしました：%3
新しい診断は最新版を使います。以前の診断は、移行するまで元のバージョンのままです。</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) use %1 %2; migrate them first.</source>
        <translation>
            <numerusform>%n 件の診断が %1 %2 を使っています。先に移行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 を削除しました。</translation>
    </message>
    <message>
        <source>There is no earlier version of %1 to compare with.</source>
        <translation>%1 には比較できる以前のバージョンがありません。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>No differences in questions, categories or scoring.</source>
        <translation>質問・分野・採点に違いはありません。</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>追加：</translation>
    </message>
    <message>
        <source>Replaced: %1 → %2 (answers carry over)</source>
        <translation>置き換え：%1 → %2（回答を引き継ぎます）</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>削除：</translation>
    </message>
    <message>
        <source>Gone without a declaration:</source>
        <translation>宣言なしでなくなった質問：</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>変更：</translation>
    </message>
    <message>
        <source>Categories added:</source>
        <translation>追加された分野：</translation>
    </message>
    <message>
        <source>Categories removed:</source>
        <translation>削除された分野：</translation>
    </message>
    <message>
        <source>Categories changed:</source>
        <translation>変更された分野：</translation>
    </message>
    <message>
        <source>Scoring changed:</source>
        <translation>採点の変更：</translation>
    </message>
    <message>
        <source>Started assessment %1 with %2 %3; assessment %4 is kept as it was.</source>
        <translation>%2 %3 で診断 %1 を始めました。診断 %4 はそのまま残しています。</translation>
    </message>
    <message numerus="yes">
        <source>Carried over: %n answer(s)</source>
        <translation>
            <numerusform>引き継いだ回答：%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Need a fresh answer: %n question(s)</source>
        <translation>
            <numerusform>回答し直しが必要：%n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not carried over (kept in assessment %1): %n</source>
        <translation>
            <numerusform>引き継がなかった回答（診断 %1 に残っています）：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust a signer&apos;s public key</source>
        <translation>署名者の公開鍵を信頼する</translation>
    </message>
    <message>
        <source>Public keys (*.pub.json)</source>
        <translation>公開鍵 (*.pub.json)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>鍵を信頼できませんでした</translation>
    </message>
    <message>
        <source>Nobody vouches for this pack: it may have been changed by anyone. Install it only if you wrote it or received it in person. The pack lists will mark it as unsigned.</source>
        <translation>この質問票は誰も保証していません。誰かに書き換えられている可能性があります。自分で作ったものか、直接受け取ったものだけをインストールしてください。質問票の一覧には「署名なし」と表示されます。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::PlanPage</name>
    <message>
        <source>low</source>
        <translation>小</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Nothing to do: every question that applies is answered at its best. Check again in a year, or when the company changes.</source>
        <translation>対策の必要な項目はありません。当てはまる質問すべてに最もよい回答をしています。1年後か、会社の状況が変わったときにもう一度確認しましょう。</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週中に</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>この3か月で</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年中に</translation>
    </message>
    <message>
        <source>From the question: %1</source>
        <translation>元の質問: %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>対策計画</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>費用: %1</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>手間: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>ガイドライン: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>／</translation>
    </message>
    <message>
        <source>Services that cover it: %1</source>
        <translation>対応するサービス: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>対策 %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>対策 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), numbered in the order to do them: this week&apos;s first, each group the most benefit for the cost first. Each comes from a question that fell short; the guideline item says where to read more.</source>
        <translation>
            <numerusform>対策は %n 件です。取り組む順に番号を付けています。今週中のものが先で、それぞれの中では費用対効果の高い順です。どれも、十分でなかった質問から導いたもので、ガイドラインの項目に詳しい説明があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::QuestionPage</name>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>質問 %1 / %2</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>ガイドライン: %1</translation>
    </message>
    <message>
        <source>This assessment is finished</source>
        <translation>この診断は完了しています</translation>
    </message>
    <message>
        <source>All questions answered</source>
        <translation>すべての質問に回答しました</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered. Score: %3 of 100.</source>
        <translation>%2 問中 %1 問に回答しました。点数: 100 点中 %3 点。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered &quot;don&apos;t know&quot;: worth finding out.</source>
        <translation>
            <numerusform>「わからない」と答えた質問が %n 問あります。確認してみる価値があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open count as not done.</source>
        <translation>
            <numerusform>未回答の %n 問は「実施していない」として数えています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look through the answers</source>
        <translation>回答を見る(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;view answers</source>
        <translation>回答を見直す(&amp;V)</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>この質問の意味</translation>
    </message>
    <message>
        <source>Show or hide the explanation</source>
        <translation>説明を表示または非表示</translation>
    </message>
    <message>
        <source>N&amp;ote (optional, kept with the answer):</source>
        <translation>メモ（任意。回答と一緒に保存されます）(&amp;O):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>F&amp;inish the assessment</source>
        <translation>診断を完了する(&amp;I)</translation>
    </message>
    <message>
        <source>Finish the assessment</source>
        <translation>診断を完了する</translation>
    </message>
    <message>
        <source>Go back through the answers</source>
        <translation>回答をさかのぼって見直す</translation>
    </message>
    <message>
        <source>&amp;See the results</source>
        <translation>結果を見る(&amp;S)</translation>
    </message>
    <message>
        <source>See the results and the action plan</source>
        <translation>結果と対策計画を見る</translation>
    </message>
    <message>
        <source>Explanation of the question</source>
        <translation>質問の説明</translation>
    </message>
    <message>
        <source>Guideline reference</source>
        <translation>ガイドラインの参照先</translation>
    </message>
    <message>
        <source>Summary of the assessment</source>
        <translation>診断のまとめ</translation>
    </message>
    <message>
        <source>area %1 of %2</source>
        <translation>分野 %1 / %2</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>1問ずつ表示</translation>
    </message>
    <message>
        <source>A whole area per page</source>
        <translation>分野ごとにまとめて表示</translation>
    </message>
    <message>
        <source>How the questions are laid out</source>
        <translation>質問の表示方法</translation>
    </message>
    <message>
        <source>End of the questions</source>
        <translation>質問はここまでです</translation>
    </message>
    <message>
        <source>The answer to %1 keeps being changed by someone else; try again in a moment.</source>
        <translation>%1 の回答が他の人によって何度も変更されています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation>（メモ: %1）</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他の人が変更しています</translation>
    </message>
    <message>
        <source>%1 changed the answer to %2 at %3, after this screen showed it.</source>
        <translation>この画面に表示した後の %3 に、%1 さんが %2 の回答を変更しました。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>他の人</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Theirs: %1
Yours: %2</source>
        <translation>相手の回答: %1
あなたの回答: %2</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>相手の回答を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Replace with mine</source>
        <translation>自分の回答で置き換える(&amp;R)</translation>
    </message>
</context>
<context>
    <name>mamori::gui::ReportPage</name>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Preview of page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ目のプレビュー</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選ぶ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 を画像として読み込めません：%2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>報告書の書き出し</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>報告書の書き出し</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>報告書は保存されませんでした。

%1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>A report to hand to the firm&apos;s owner: its scores with charts, every answer, the action plan and who can help. Choose what goes in; the pages on the right are what will print.</source>
        <translation>経営者にお渡しする報告書です。グラフ付きの点数、すべての回答、対策計画、相談できる相手をまとめます。載せる内容を選んでください。右側のページが、そのまま印刷される内容です。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>報告書の言語</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>載せる内容:</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>概要(&amp;U)</translation>
    </message>
    <message>
        <source>Scores and &amp;charts</source>
        <translation>点数とグラフ(&amp;C)</translation>
    </message>
    <message>
        <source>Every &amp;answer</source>
        <translation>すべての回答(&amp;A)</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>対策計画(&amp;P)</translation>
    </message>
    <message>
        <source>Services and &amp;experts</source>
        <translation>サービスと専門家(&amp;E)</translation>
    </message>
    <message>
        <source>Progress over &amp;time</source>
        <translation>これまでの推移(&amp;T)</translation>
    </message>
    <message>
        <source>How it was &amp;made</source>
        <translation>作り方の説明(&amp;M)</translation>
    </message>
    <message>
        <source>Needs two finished assessments with the same questionnaire.</source>
        <translation>同じ質問票で完了した診断が 2 回以上必要です。</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>担当者(&amp;N):</translation>
    </message>
    <message>
        <source>Name on the cover (optional)</source>
        <translation>表紙に載せる名前（任意）</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>担当者の名前</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>ロゴ:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選ぶ(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a logo for the cover</source>
        <translation>表紙のロゴを選ぶ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>ロゴを外す</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>報告書を PDF で書き出す</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Export the result as CSV for Excel</source>
        <translation>結果を Excel 用 CSV で書き出す</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export the result as JSON</source>
        <translation>結果を JSON で書き出す</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>ページ(&amp;G)</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>表示中のページ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>直近の書き出し</translation>
    </message>
</context>
<context>
    <name>mamori::gui::ResultsPage</name>
    <message>
        <source>Score %1 of 100</source>
        <translation>100 点中 %1 点</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %3 問中 %2 問に回答</translation>
    </message>
    <message>
        <source>Scores by area, against the target for your size</source>
        <translation>分野ごとの点数と、貴社の規模の目標</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>貴社の点数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap to the target (points)</source>
        <translation>目標との差（点）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>目標との差</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 points below the target)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（目標より %2 点低い）</translation>
    </message>
    <message>
        <source>Every area reaches the target for your size. Keep it up, and check again in a year.</source>
        <translation>すべての分野が貴社の規模の目標に達しています。この状態を保ち、1年後にもう一度確認しましょう。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>点数の推移</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>これまでの推移</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Change by area since the previous assessment</source>
        <translation>前回の診断からの分野ごとの増減</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Scores by area: number on the chart, area, score, target and gap</source>
        <translation>分野ごとの点数：グラフの番号、分野、点数、目標、目標との差</translation>
    </message>
    <message>
        <source>Where to start: %1. The action plan lists the steps in the order to do them.</source>
        <translation>まず取り組む分野: %1。対策計画に、取り組む順に具体的な対策を並べています。</translation>
    </message>
    <message>
        <source>The targets are Mamori&apos;s own choice for a firm of your size, not the guideline&apos;s: the guidelines set no targets by area (IPA&apos;s self-check defines only the bands of the total score).</source>
        <translation>目標は貴社の規模に合わせて Mamori が独自に決めた目安で、ガイドラインが定めたものではありません（ガイドラインに分野ごとの目標はなく、IPA の自社診断が定めているのは合計点の区分だけです）。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::SettingsDialog</name>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>既定に戻す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Consultant name:</source>
        <translation>コンサルタント名(&amp;C):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>データベースファイルを選ぶ</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>既定のデータベースを使う</translation>
    </message>
    <message>
        <source>Consultant name</source>
        <translation>コンサルタント名</translation>
    </message>
    <message>
        <source>Shown on reports and in the change log; may stay empty</source>
        <translation>レポートと変更履歴に表示します（空欄でもかまいません）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>All firms, answers and history are kept in this file on this PC, readable only by you. Choosing a file that does not exist yet starts a new, empty database. A team&apos;s shared database is named by its address, postgresql://server/database; the password goes in ~/.pgpass, never here.</source>
        <translation>企業・回答・履歴はすべて、このPCのこのファイルに保存され、あなただけが読めます。まだ存在しないファイルを選ぶと、新しい空のデータベースになります。チームで共有するデータベースは postgresql://サーバー/データベース のようにアドレスで指定します。パスワードはここではなく ~/.pgpass に書きます。</translation>
    </message>
    <message>
        <source>Database file or server address</source>
        <translation>データベースファイルまたはサーバーのアドレス</translation>
    </message>
    <message>
        <source>Check service facts older &amp;than:</source>
        <translation>サービス情報の確認の目安(&amp;T)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Months after which a service&apos;s facts are marked for checking</source>
        <translation>サービス情報に確認の印を付けるまでの月数</translation>
    </message>
    <message>
        <source>Prices and areas of services change. A service whose facts are older than this is marked &quot;check the current terms&quot; on the matches, in the CLI and in reports. 12 months is Mamori&apos;s own choice, not an official rule.</source>
        <translation>サービスの料金や提供地域は変わります。情報がこの月数より古いサービスには、候補の画面・CLI・報告書で「現在の条件を確認してください」と表示します。12か月はMamori独自の目安で、公的な決まりではありません。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::StoreOpener</name>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Restore a backup copy…</source>
        <translation>バックアップを復元…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>別のファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Mamori cannot open its database.</source>
        <translation>Mamori のデータベースを開けません。</translation>
    </message>
    <message>
        <source>Choose a Mamori database</source>
        <translation>Mamori のデータベースを選ぶ</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1（%2 に保存）</translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>The damaged database will be kept next to it, renamed. Restore:</source>
        <translation>壊れたデータベースは名前を変えて同じ場所に残します。復元するバックアップ:</translation>
    </message>
    <message>
        <source>The database is open read-only: another Mamori is using it. Changes are not possible until it is closed.</source>
        <translation>別の Mamori が使用中のため、データベースを読み取り専用で開きました。そちらを閉じるまで変更はできません。</translation>
    </message>
    <message>
        <source>The backup copy %1 was restored. The damaged database was kept as %2.</source>
        <translation>バックアップ %1 を復元しました。壊れたデータベースは %2 として残してあります。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>The database is open read-only: %1. To make changes, copy the file to a folder you can write to, or ask its owner.</source>
        <translation>データベースを読み取り専用で開いています: %1。変更するには、書き込めるフォルダーにファイルをコピーするか、所有者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>mamori::gui::WelcomePage</name>
    <message>
        <source>Micro business</source>
        <translation>小規模事業者</translation>
    </message>
    <message>
        <source>Small or medium</source>
        <translation>中小企業</translation>
    </message>
    <message>
        <source>Mid-size</source>
        <translation>中堅企業</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大企業</translation>
    </message>
    <message>
        <source>Hi&amp;story of %1</source>
        <translation>%1 の履歴(&amp;S)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Import a firm or an assessment</source>
        <translation>企業または診断を取り込む</translation>
    </message>
    <message>
        <source>Mamori exports (*.json);;All files (*)</source>
        <translation>Mamori の書き出しファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>ファイルに問題があるため、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>a new firm</source>
        <translation>新しい企業</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) added</source>
        <translation>
            <numerusform>診断 %n 件を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here</source>
        <translation>
            <numerusform>診断 %n 件は登録済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>取り込みました: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 を書き出す</translation>
    </message>
    <message>
        <source>Mamori exports (*.json)</source>
        <translation>Mamori の書き出しファイル (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Welcome to Mamori</source>
        <translation>Mamori へようこそ</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Hide the introduction</source>
        <translation>説明を閉じる</translation>
    </message>
    <message>
        <source>Fir&amp;ms on this PC</source>
        <translation>このPCの企業(&amp;M)</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>診断数</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>最新の点数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Firms on this PC</source>
        <translation>このPCの企業</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>質問票</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>History of the selected firm</source>
        <translation>選んだ企業の履歴</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a firm or an assessment from a file</source>
        <translation>ファイルから企業または診断を取り込む</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected firm to a file</source>
        <translation>選んだ企業をファイルに書き出す</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) brought up to date</source>
        <translation>
            <numerusform>回答 %n 件を最新に更新</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1（実施中）</translation>
    </message>
    <message>
        <source>&amp;Continue answering</source>
        <translation>回答を続ける(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>No firms on this PC yet. Start with &quot;New firm&quot;; to continue work begun on another PC, import the file Mamori exported there.</source>
        <translation>このPCにはまだ企業がありません。「新しい企業」から始めてください。別のPCで始めた作業を続けるには、そちらの Mamori で書き出したファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>&amp;New firm…</source>
        <translation>新しい企業(&amp;N)…</translation>
    </message>
    <message>
        <source>Start an assessment of a new firm</source>
        <translation>新しい企業の診断を始める</translation>
    </message>
    <message>
        <source>New &amp;assessment of this firm</source>
        <translation>この企業の新しい診断(&amp;A)</translation>
    </message>
    <message>
        <source>Start a new assessment of the selected firm</source>
        <translation>選んだ企業の新しい診断を始める</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>選んだ診断を開く</translation>
    </message>
    <message>
        <source>Mamori shows where your company&apos;s information security stands, with questionnaires based on the official guidelines for small and medium enterprises.</source>
        <translation>Mamori は、中小企業向けの公式ガイドラインに基づく質問に答えることで、自社の情報セキュリティの現状を示します。</translation>
    </message>
    <message>
        <source>It turns the answers into scores and a plan of concrete steps, cheapest gains first, and points to services and experts that can help.</source>
        <translation>回答を点数と具体的な対策の計画に変え、費用対効果の高いものから順に並べ、手助けしてくれるサービスや専門家も紹介します。</translation>
    </message>
    <message>
        <source>Everything stays on this PC: nothing is sent anywhere unless you export it yourself.</source>
        <translation>データはすべてこのPCの中に保存され、ご自身で書き出さない限り外部に送られることはありません。</translation>
    </message>
    <message>
        <source>Everything is kept in your team&apos;s database on its server, and sent nowhere else unless you export it yourself.</source>
        <translation>すべてチームのサーバー上のデータベースに保存され、自分でエクスポートしない限り、それ以外の場所には送られません。</translation>
    </message>
    <message>
        <source>Fir&amp;ms in the team&apos;s database</source>
        <translation>チームのデータベースの企業(&amp;M)</translation>
    </message>
    <message>
        <source>Firms in the team&apos;s database</source>
        <translation>チームのデータベースの企業</translation>
    </message>
    <message>
        <source>Showing %1 of %2 firms; type part of a name to find one.</source>
        <translation>%2 社のうち %1 社を表示しています。名前の一部を入力すると探せます。</translation>
    </message>
    <message>
        <source>Find a firm by name</source>
        <translation>企業名で探す</translation>
    </message>
    <message>
        <source>Show &amp;more firms</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <source>Show more firms</source>
        <translation>企業をさらに表示</translation>
    </message>
    <message>
        <source>No firm&apos;s name contains &quot;%1&quot;.</source>
        <translation>名前に「%1」を含む企業はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) kept: changed here since the file was made</source>
        <translation>
            <numerusform>%n 件の回答はこのPCの内容を残しました（ファイルの作成後に変更済み）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken from the file over the ones here</source>
        <translation>
            <numerusform>%n 件の回答をこのPCの回答に代えてファイルから採用しました</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — メモ: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Changed on both PCs</source>
        <translation>両方のPCで変更されています</translation>
    </message>
    <message>
        <source>The answer to %1 was changed here and in the imported file since the two copies last met.</source>
        <translation>%1 の回答は、前回のやり取りの後に、このPCと取り込んだファイルの両方で変更されています。</translation>
    </message>
    <message>
        <source>Here: %1
In the file: %2

The times are each PC&apos;s own clock.</source>
        <translation>このPC: %1
ファイル: %2

時刻はそれぞれのPCの時計によるものです。</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>自分の回答を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>ファイルの回答を採用(&amp;T)</translation>
    </message>
    <message>
        <source>The answer to %1 was not changed: %2</source>
        <translation>%1 の回答は変更されませんでした: %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mamori::Answering</name>
    <message>
        <source>the pack %1 has no question &quot;%2&quot;</source>
        <translation>the pack %1 has no question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</translation>
    </message>
    <message>
        <source>question %1 is not asked of this firm (its profile or earlier answers leave it out)</source>
        <translation>question %1 is not asked of this firm (its profile or earlier answers leave it out)</translation>
    </message>
</context>
<context>
    <name>mamori::Answers</name>
    <message>
        <source>these answers are for the pack &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>these answers are for the pack &quot;%1&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>these answers were given to version %1 of the pack; scoring them with version %2</source>
        <translation>these answers were given to version %1 of the pack; scoring them with version %2</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>the pack &quot;%1&quot; has no question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</translation>
    </message>
    <message>
        <source>the note %1</source>
        <translation>the note %1</translation>
    </message>
</context>
<context>
    <name>mamori::Catalog</name>
    <message>
        <source>expected one value, not a list</source>
        <translation>expected one value, not a list</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>needs at least one value</source>
        <translation>needs at least one value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yen (a whole number from 0 to %2)</source>
        <translation>&quot;%1&quot; is not an amount in yen (a whole number from 0 to %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; is not a whole number from 0 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true/false, 1/0)</source>
        <translation>&quot;%1&quot; is not yes or no (true/false, 1/0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 lies in the future; give the date the facts were checked</source>
        <translation>%1 lies in the future; give the date the facts were checked</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>unknown value &quot;%1&quot;; allowed: %2</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unknown value &quot;%1&quot; (did you mean &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>list the prefectures; &quot;all&quot; is not allowed here</source>
        <translation>list the prefectures; &quot;all&quot; is not allowed here</translation>
    </message>
    <message>
        <source>&quot;all&quot; must stand alone</source>
        <translation>&quot;all&quot; must stand alone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefecture (JIS code 1–47 or its name)</source>
        <translation>&quot;%1&quot; is not a prefecture (JIS code 1–47 or its name)</translation>
    </message>
    <message>
        <source>this column is named twice</source>
        <translation>this column is named twice</translation>
    </message>
    <message>
        <source>unknown column (did you mean &quot;%1&quot;?)</source>
        <translation>unknown column (did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>this column is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, up to 64)</source>
        <translation>&quot;%1&quot; is not a valid id (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, up to 64)</translation>
    </message>
    <message>
        <source>is below min_devices (%1)</source>
        <translation>is below min_devices (%1)</translation>
    </message>
    <message>
        <source>must be a web address starting with https://</source>
        <translation>must be a web address starting with https://</translation>
    </message>
    <message>
        <source>a 情報処理安全確保支援士 is listed with the registration number</source>
        <translation>a 情報処理安全確保支援士 is listed with the registration number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration number (6 digits)</source>
        <translation>&quot;%1&quot; is not a registration number (6 digits)</translation>
    </message>
    <message>
        <source>a registration number needs &quot;riss&quot; among the qualifications</source>
        <translation>a registration number needs &quot;riss&quot; among the qualifications</translation>
    </message>
    <message>
        <source>training status applies only with &quot;riss&quot; among the qualifications</source>
        <translation>training status applies only with &quot;riss&quot; among the qualifications</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area of a questionnaire (pack-id:category-id)</source>
        <translation>&quot;%1&quot; is not an area of a questionnaire (pack-id:category-id)</translation>
    </message>
    <message>
        <source>no installed questionnaire has the area &quot;%1&quot;</source>
        <translation>no installed questionnaire has the area &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industry division (a letter A–T)</source>
        <translation>&quot;%1&quot; is not an industry division (a letter A–T)</translation>
    </message>
    <message>
        <source>on-site work needs the prefectures served</source>
        <translation>on-site work needs the prefectures served</translation>
    </message>
    <message>
        <source>works neither on site nor remotely; set one of them</source>
        <translation>works neither on site nor remotely; set one of them</translation>
    </message>
    <message>
        <source>is below fee_day_min (%1)</source>
        <translation>is below fee_day_min (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code</source>
        <translation>&quot;%1&quot; is not a two-letter language code</translation>
    </message>
    <message>
        <source>format %1 is not known to this Mamori (it reads format 1)</source>
        <translation>format %1 is not known to this Mamori (it reads format 1)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>unknown key (did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>expected a list of strings or numbers</source>
        <translation>expected a list of strings or numbers</translation>
    </message>
    <message>
        <source>expected a string, number or true/false</source>
        <translation>expected a string, number or true/false</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is given twice (first on line %2)</source>
        <translation>the id &quot;%1&quot; is given twice (first on line %2)</translation>
    </message>
    <message>
        <source>a catalog file ends in .csv or .json</source>
        <translation>a catalog file ends in .csv or .json</translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the first row</source>
        <translation>a value in column %1, which has no name in the first row</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1 (docs/catalog-format.md, where their Japanese names are listed too)</source>
        <translation>unknown column; the columns are: %1 (docs/catalog-format.md, where their Japanese names are listed too)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has fewer than 6 digits: Excel drops leading zeros; write it as &quot;%2&quot; and format the column as text</source>
        <translation>&quot;%1&quot; has fewer than 6 digits: Excel drops leading zeros; write it as &quot;%2&quot; and format the column as text</translation>
    </message>
    <message>
        <source>cannot tell services from talent: a services file has the column &quot;scheme&quot;, a talent file &quot;display_name&quot;. Services&apos; columns: %1. Talent&apos;s columns: %2</source>
        <translation>cannot tell services from talent: a services file has the column &quot;scheme&quot;, a talent file &quot;display_name&quot;. Services&apos; columns: %1. Talent&apos;s columns: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a web address; write URL | YYYY-MM-DD | kind | facts</source>
        <translation>&quot;%1&quot; does not start with a web address; write URL | YYYY-MM-DD | kind | facts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>&quot;%1&quot; is not a web address</translation>
    </message>
    <message>
        <source>a source has at most four parts (URL | YYYY-MM-DD | kind | facts): &quot;%1&quot;</source>
        <translation>a source has at most four parts (URL | YYYY-MM-DD | kind | facts): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the date the source was published or read (YYYY-MM-DD, not in the future)</source>
        <translation>&quot;%1&quot; is not the date the source was published or read (YYYY-MM-DD, not in the future)</translation>
    </message>
    <message>
        <source>unknown kind of source &quot;%1&quot;; allowed: %2</source>
        <translation>unknown kind of source &quot;%1&quot;; allowed: %2</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot;; allowed: %2</source>
        <translation>unknown fact &quot;%1&quot;; allowed: %2</translation>
    </message>
    <message>
        <source>unknown fact &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unknown fact &quot;%1&quot; (did you mean &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>an お助け隊 service includes a help desk, 24-hour monitoring, on-site response and simple cyber insurance; missing: %1</source>
        <translation>an お助け隊 service includes a help desk, 24-hour monitoring, on-site response and simple cyber insurance; missing: %1</translation>
    </message>
    <message>
        <source>an お助け隊 service sends an engineer on site when asked; list where (or &quot;all&quot;)</source>
        <translation>an お助け隊 service sends an engineer on site when asked; list where (or &quot;all&quot;)</translation>
    </message>
    <message>
        <source>an お助け隊 service is of the network, endpoint or hybrid type</source>
        <translation>an お助け隊 service is of the network, endpoint or hybrid type</translation>
    </message>
    <message>
        <source>the 新類型 is a free pilot run by METI and IPA; its price is 0</source>
        <translation>the 新類型 is a free pilot run by METI and IPA; its price is 0</translation>
    </message>
    <message>
        <source>a registered service needs its sources: URL | date | kind | facts for each</source>
        <translation>a registered service needs its sources: URL | date | kind | facts for each</translation>
    </message>
    <message>
        <source>no source is named for: %1</source>
        <translation>no source is named for: %1</translation>
    </message>
    <message>
        <source>expected the date the catalog was compiled (YYYY-MM-DD, not in the future)</source>
        <translation>expected the date the catalog was compiled (YYYY-MM-DD, not in the future)</translation>
    </message>
    <message>
        <source>the 1類 network type is capped at ¥10,000 a month per site (compared before tax)</source>
        <translation>the 1類 network type is capped at ¥10,000 a month per site (compared before tax)</translation>
    </message>
    <message>
        <source>the 1類 endpoint type is capped at ¥2,000 a month per device (compared before tax)</source>
        <translation>the 1類 endpoint type is capped at ¥2,000 a month per device (compared before tax)</translation>
    </message>
</context>
<context>
    <name>mamori::CatalogStore</name>
    <message>
        <source>there is no catalog here</source>
        <translation>there is no catalog here</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>is not a catalog database (or is damaged); move it away and Mamori will make a new one from the bundled catalog</source>
        <translation>is not a catalog database (or is damaged); move it away and Mamori will make a new one from the bundled catalog</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open the catalog: %1</source>
        <translation>cannot open the catalog: %1</translation>
    </message>
    <message>
        <source>the catalog is damaged (%1)</source>
        <translation>the catalog is damaged (%1)</translation>
    </message>
    <message>
        <source>this is not a Mamori catalog; choose another file</source>
        <translation>this is not a Mamori catalog; choose another file</translation>
    </message>
    <message>
        <source>the catalog is empty</source>
        <translation>the catalog is empty</translation>
    </message>
    <message>
        <source>cannot create the catalog: %1</source>
        <translation>cannot create the catalog: %1</translation>
    </message>
    <message>
        <source>the catalog has lost its schema version</source>
        <translation>the catalog has lost its schema version</translation>
    </message>
    <message>
        <source>the catalog was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</source>
        <translation>the catalog was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</translation>
    </message>
    <message>
        <source>the catalog is open read-only</source>
        <translation>the catalog is open read-only</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>cannot start the import: %1</translation>
    </message>
    <message>
        <source>cannot write the catalog: %1</source>
        <translation>cannot write the catalog: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
</context>
<context>
    <name>mamori::ChangeLog</name>
    <message>
        <source>Firm added: %1</source>
        <translation>Firm added: %1</translation>
    </message>
    <message>
        <source>Company profile changed</source>
        <translation>Company profile changed</translation>
    </message>
    <message>
        <source>Assessment started with %1</source>
        <translation>Assessment started with %1</translation>
    </message>
    <message>
        <source>%1: answered &quot;%2&quot;</source>
        <translation>%1: answered &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; changed to &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; changed to &quot;%3&quot;</translation>
    </message>
    <message>
        <source>; note: %1</source>
        <translation>; note: %1</translation>
    </message>
    <message>
        <source>%1: note removed</source>
        <translation>%1: note removed</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1: note: %2</translation>
    </message>
    <message>
        <source>%1: answer &quot;%2&quot; taken back</source>
        <translation>%1: answer &quot;%2&quot; taken back</translation>
    </message>
    <message>
        <source>Assessment finished</source>
        <translation>Assessment finished</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken in from %1</source>
        <translation>
            <numerusform>%n answer taken in from %1</numerusform>
            <numerusform>%n answers taken in from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>%1 (note: %2)</source>
        <translation>%1 (note: %2)</translation>
    </message>
    <message>
        <source>%1: changed on both PCs; took %2 from the file over %3 here</source>
        <translation>%1: changed on both PCs; took %2 from the file over %3 here</translation>
    </message>
    <message>
        <source>%1: changed on both PCs; kept %2 here over %3 in the file</source>
        <translation>%1: changed on both PCs; kept %2 here over %3 in the file</translation>
    </message>
</context>
<context>
    <name>mamori::Csv</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but is not valid UTF-8</source>
        <translation>the file starts with a UTF-8 byte order mark but is not valid UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8, and this Qt cannot read Shift_JIS</source>
        <translation>the file is not UTF-8, and this Qt cannot read Shift_JIS</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Shift_JIS; save it as &quot;CSV UTF-8&quot;</source>
        <translation>the file is neither UTF-8 nor Shift_JIS; save it as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>the file is empty; the first row must name the columns</translation>
    </message>
    <message>
        <source>this row has %1 cells but the header names only %2 columns</source>
        <translation>this row has %1 cells but the header names only %2 columns</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing)</source>
        <translation>a quoted cell is never closed (a &quot; is missing)</translation>
    </message>
    <message>
        <source>text after the closing quote of a cell; put the whole cell in quotes and double the quotes inside it</source>
        <translation>text after the closing quote of a cell; put the whole cell in quotes and double the quotes inside it</translation>
    </message>
    <message>
        <source>a quote inside a cell that does not start with one; put the whole cell in quotes and double the quotes inside it</source>
        <translation>a quote inside a cell that does not start with one; put the whole cell in quotes and double the quotes inside it</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB for a spreadsheet; split it</source>
        <translation>the file is larger than the limit of %1 MiB for a spreadsheet; split it</translation>
    </message>
    <message>
        <source>a cell is longer than %1 characters; is this the right file?</source>
        <translation>a cell is longer than %1 characters; is this the right file?</translation>
    </message>
    <message>
        <source>the header names more than %1 columns; is this the right file?</source>
        <translation>the header names more than %1 columns; is this the right file?</translation>
    </message>
    <message>
        <source>this row has more cells than the header&apos;s %1 columns</source>
        <translation>this row has more cells than the header&apos;s %1 columns</translation>
    </message>
</context>
<context>
    <name>mamori::Expression</name>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>the expression is longer than %1 characters</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after a complete expression; join conditions with &amp;&amp; or ||</source>
        <translation>unexpected &quot;%1&quot; after a complete expression; join conditions with &amp;&amp; or ||</translation>
    </message>
    <message>
        <source>the expression must be true or false, but it is a %1; compare it with something</source>
        <translation>the expression must be true or false, but it is a %1; compare it with something</translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation>end of expression</translation>
    </message>
    <message>
        <source>single &quot;%1&quot;; write &quot;%1%1&quot;</source>
        <translation>single &quot;%1&quot;; write &quot;%1%1&quot;</translation>
    </message>
    <message>
        <source>single &quot;=&quot;; write &quot;==&quot; to compare</source>
        <translation>single &quot;=&quot;; write &quot;==&quot; to compare</translation>
    </message>
    <message>
        <source>the string is not closed; add %1</source>
        <translation>the string is not closed; add %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator here; use %2</source>
        <translation>&quot;%1&quot; is not an operator here; use %2</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>unexpected character &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation>the expression nests deeper than %1 levels</translation>
    </message>
    <message>
        <source>%1 needs true/false on both sides, found a %2</source>
        <translation>%1 needs true/false on both sides, found a %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; allowed: %3</source>
        <translation>&quot;%1&quot; is not a value of %2; allowed: %3</translation>
    </message>
    <message>
        <source>a list cannot be compared with %1; test membership with: &quot;value&quot; in list</source>
        <translation>a list cannot be compared with %1; test membership with: &quot;value&quot; in list</translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2</source>
        <translation>cannot compare a %1 with a %2</translation>
    </message>
    <message>
        <source>%1 compares numbers only, found a %2</source>
        <translation>%1 compares numbers only, found a %2</translation>
    </message>
    <message>
        <source>only a number or a string can be looked up in a list, found a %1</source>
        <translation>only a number or a string can be looked up in a list, found a %1</translation>
    </message>
    <message>
        <source>the list is not closed; add ]</source>
        <translation>the list is not closed; add ]</translation>
    </message>
    <message>
        <source>expected a %1 in the list, found &quot;%2&quot;</source>
        <translation>expected a %1 in the list, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected , or ] in the list</source>
        <translation>expected , or ] in the list</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list: [a, b] or a list field such as assets.cloud</source>
        <translation>&quot;in&quot; needs a list: [a, b] or a list field such as assets.cloud</translation>
    </message>
    <message>
        <source>a list field holds strings; found a %1 before &quot;in&quot;</source>
        <translation>a list field holds strings; found a %1 before &quot;in&quot;</translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot;</source>
        <translation>unknown profile field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unknown profile field &quot;%1&quot; (did you mean &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at column %1</source>
        <translation>expected &quot;)&quot; to close the &quot;(&quot; at column %1</translation>
    </message>
    <message>
        <source>the expression ends too early; a value is missing</source>
        <translation>the expression ends too early; a value is missing</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected a value or a profile field</source>
        <translation>unexpected &quot;%1&quot;; expected a value or a profile field</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
    </message>
</context>
<context>
    <name>mamori::Files</name>
    <message>
        <source>a journal of the catalog %1 that is open</source>
        <translation>a journal of the catalog %1 that is open</translation>
    </message>
    <message>
        <source>a journal of the database %1 that is open</source>
        <translation>a journal of the database %1 that is open</translation>
    </message>
    <message>
        <source>the database %1 that is open</source>
        <translation>the database %1 that is open</translation>
    </message>
    <message>
        <source>the catalog %1 that is open</source>
        <translation>the catalog %1 that is open</translation>
    </message>
    <message>
        <source>the file %1 that this command reads</source>
        <translation>the file %1 that this command reads</translation>
    </message>
    <message>
        <source>is a link to nothing; give the %1 file itself</source>
        <translation>is a link to nothing; give the %1 file itself</translation>
    </message>
    <message>
        <source>is a folder, not a %1 file</source>
        <translation>is a folder, not a %1 file</translation>
    </message>
    <message>
        <source>is a device, pipe or socket, not a %1 file; nothing was opened or changed</source>
        <translation>is a device, pipe or socket, not a %1 file; nothing was opened or changed</translation>
    </message>
    <message>
        <source>is a link (to %1); Mamori does not write through links: name the file itself, or remove the link; nothing was written</source>
        <translation>is a link (to %1); Mamori does not write through links: name the file itself, or remove the link; nothing was written</translation>
    </message>
    <message>
        <source>is a device, pipe or socket, not a regular file; nothing was written</source>
        <translation>is a device, pipe or socket, not a regular file; nothing was written</translation>
    </message>
    <message>
        <source>is %1; writing here would destroy it. Choose another file; nothing was written</source>
        <translation>is %1; writing here would destroy it. Choose another file; nothing was written</translation>
    </message>
    <message>
        <source>is a folder; name a file to write; nothing was written</source>
        <translation>is a folder; name a file to write; nothing was written</translation>
    </message>
</context>
<context>
    <name>mamori::History</name>
    <message>
        <source>assessment %1: %2</source>
        <translation>assessment %1: %2</translation>
    </message>
    <message>
        <source>assessments %1 and %2 are of different firms</source>
        <translation>assessments %1 and %2 are of different firms</translation>
    </message>
    <message>
        <source>assessments %1 and %2 use different packs (%3, %4); only assessments with the same pack can be compared</source>
        <translation>assessments %1 and %2 use different packs (%3, %4); only assessments with the same pack can be compared</translation>
    </message>
</context>
<context>
    <name>mamori::JsonChecker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given more than once</source>
        <translation>the key &quot;%1&quot; is given more than once</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>the required key &quot;%1&quot; is missing</source>
        <translation>the required key &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>the Japanese text is empty</source>
        <translation>the Japanese text is empty</translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation>the English text is empty</translation>
    </message>
    <message>
        <source>more than %1 problems; stopping here</source>
        <translation>more than %1 problems; stopping here</translation>
    </message>
</context>
<context>
    <name>mamori::JsonParser</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unexpected text after the end of the JSON value</translation>
    </message>
    <message>
        <source>unexpected character; expected a JSON value</source>
        <translation>unexpected character; expected a JSON value</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a JSON value</source>
        <translation>unexpected end of input; expected a JSON value</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; refusing to read further</source>
        <translation>nesting is deeper than %1 levels; refusing to read further</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>expected a quoted key</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>expected &apos;:&apos; after the key</translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>unexpected end of input; expected &apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>expected &apos;,&apos; or &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>unexpected end of input; expected &apos;,&apos; or &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>expected &apos;,&apos; or &apos;]&apos;</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>incomplete \u escape</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>invalid \u escape</translation>
    </message>
    <message>
        <source>control character inside a string; use an escape such as \n</source>
        <translation>control character inside a string; use an escape such as \n</translation>
    </message>
    <message>
        <source>string is not terminated</source>
        <translation>string is not terminated</translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation>unpaired surrogate in \u escape</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>invalid number: leading zeros are not allowed</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>invalid number: digits must follow the decimal point</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>invalid number: digits must follow the exponent</translation>
    </message>
    <message>
        <source>number is out of range</source>
        <translation>number is out of range</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes; refusing to read it</source>
        <translation>the file is larger than the limit of %1 bytes; refusing to read it</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM</source>
        <translation>the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation>the file is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>is a directory, not a file</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>the file holds more than %1 values; refusing to read further</source>
        <translation>the file holds more than %1 values; refusing to read further</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>mamori::Matching</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers leave no gap that a service or an expert would close; ranked on the other points only.</source>
        <translation>Your answers leave no gap that a service or an expert would close; ranked on the other points only.</translation>
    </message>
    <message>
        <source>Covers none of your needs.</source>
        <translation>Covers none of your needs.</translation>
    </message>
    <message>
        <source>Covers %1 of your %2 needs (%3% of their weight): %4.</source>
        <translation>Covers %1 of your %2 needs (%3% of their weight): %4.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>on-site support</source>
        <translation>on-site support</translation>
    </message>
    <message>
        <source>number of devices</source>
        <translation>number of devices</translation>
    </message>
    <message>
        <source>number of employees</source>
        <translation>number of employees</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>availability</translation>
    </message>
    <message>
        <source>%1 a month per site</source>
        <translation>%1 a month per site</translation>
    </message>
    <message>
        <source>%1 per device × %2 devices</source>
        <translation>%1 per device × %2 devices</translation>
    </message>
    <message>
        <source>(the service&apos;s minimum)</source>
        <translation>(the service&apos;s minimum)</translation>
    </message>
    <message>
        <source>%1 per user × %2 users</source>
        <translation>%1 per user × %2 users</translation>
    </message>
    <message>
        <source>does not serve %1</source>
        <translation>does not serve %1</translation>
    </message>
    <message>
        <source>sends no engineer on site to %1</source>
        <translation>sends no engineer on site to %1</translation>
    </message>
    <message>
        <source>covers at most %1 devices; you have %2</source>
        <translation>covers at most %1 devices; you have %2</translation>
    </message>
    <message>
        <source>is for firms of up to %1 employees; you have %2</source>
        <translation>is for firms of up to %1 employees; you have %2</translation>
    </message>
    <message>
        <source>its scheme (%1) is not among those chosen</source>
        <translation>its scheme (%1) is not among those chosen</translation>
    </message>
    <message>
        <source>costs about %1 a month for you; the budget is %2</source>
        <translation>costs about %1 a month for you; the budget is %2</translation>
    </message>
    <message>
        <source>Does not cover: %1.</source>
        <translation>Does not cover: %1.</translation>
    </message>
    <message>
        <source>About %1 a month for you (%2); %3 in the first year with the initial fee of %4.</source>
        <translation>About %1 a month for you (%2); %3 in the first year with the initial fee of %4.</translation>
    </message>
    <message>
        <source>About %1 a month for you (%2); %3 in the first year.</source>
        <translation>About %1 a month for you (%2); %3 in the first year.</translation>
    </message>
    <message numerus="yes">
        <source>Minimum term: %n month(s).</source>
        <translation>
            <numerusform>Minimum term: %n month.</numerusform>
            <numerusform>Minimum term: %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: help desk, 24-hour monitoring, on-site response and simple cyber insurance in one package, checked against IPA&apos;s criteria.</source>
        <translation>%1: help desk, 24-hour monitoring, on-site response and simple cyber insurance in one package, checked against IPA&apos;s criteria.</translation>
    </message>
    <message>
        <source>Class 2 is meant for mid-size and larger SMEs like yours.</source>
        <translation>Class 2 is meant for mid-size and larger SMEs like yours.</translation>
    </message>
    <message>
        <source>Sends an engineer on site to %1.</source>
        <translation>Sends an engineer on site to %1.</translation>
    </message>
    <message>
        <source>Remote support only in %1.</source>
        <translation>Remote support only in %1.</translation>
    </message>
    <message>
        <source>Its fees can be paid in part by the IT導入補助金 (security support).</source>
        <translation>Its fees can be paid in part by the IT導入補助金 (security support).</translation>
    </message>
    <message>
        <source>The catalog holds no services; an administrator imports a list with &quot;mamori-cli catalog import&quot;.</source>
        <translation>The catalog holds no services; an administrator imports a list with &quot;mamori-cli catalog import&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Raise the budget to %1 a month: %n service(s) would then match.</source>
        <translation>
            <numerusform>Raise the budget to %1 a month: %n service would then match.</numerusform>
            <numerusform>Raise the budget to %1 a month: %n services would then match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept remote support without on-site visits: %n service(s) would then match.</source>
        <translation>
            <numerusform>Accept remote support without on-site visits: %n service would then match.</numerusform>
            <numerusform>Accept remote support without on-site visits: %n services would then match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include every scheme: %n service(s) would then match.</source>
        <translation>
            <numerusform>Include every scheme: %n service would then match.</numerusform>
            <numerusform>Include every scheme: %n services would then match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) are made for smaller firms; a class 2 (2類) service or a provider&apos;s larger plan fits yours.</source>
        <translation>
            <numerusform>%n service are made for smaller firms; a class 2 (2類) service or a provider&apos;s larger plan fits yours.</numerusform>
            <numerusform>%n services are made for smaller firms; a class 2 (2類) service or a provider&apos;s larger plan fits yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No service in the catalog serves %1: import your region&apos;s list, or ask the local chamber of commerce which お助け隊 services cover it.</source>
        <translation>No service in the catalog serves %1: import your region&apos;s list, or ask the local chamber of commerce which お助け隊 services cover it.</translation>
    </message>
    <message>
        <source>Every service fails more than one condition; loosen several at once, or import a fuller list.</source>
        <translation>Every service fails more than one condition; loosen several at once, or import a fuller list.</translation>
    </message>
    <message>
        <source>the catalog changed while matching; try again</source>
        <translation>the catalog changed while matching; try again</translation>
    </message>
    <message numerus="yes">
        <source>Works on %n of the areas where you fall short of the target.</source>
        <translation>
            <numerusform>Works on %n of the areas where you fall short of the target.</numerusform>
            <numerusform>Works on %n of the areas where you fall short of the target.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comes on site in %1, and also works remotely.</source>
        <translation>Comes on site in %1, and also works remotely.</translation>
    </message>
    <message>
        <source>Comes on site in %1.</source>
        <translation>Comes on site in %1.</translation>
    </message>
    <message>
        <source>Works remotely.</source>
        <translation>Works remotely.</translation>
    </message>
    <message>
        <source>Fee: %1–%2 a day.</source>
        <translation>Fee: %1–%2 a day.</translation>
    </message>
    <message>
        <source>Fee: %1 a day.</source>
        <translation>Fee: %1 a day.</translation>
    </message>
    <message>
        <source>情報処理安全確保支援士 (No. %1), statutory training up to date.</source>
        <translation>情報処理安全確保支援士 (No. %1), statutory training up to date.</translation>
    </message>
    <message>
        <source>情報処理安全確保支援士 (No. %1); training status not confirmed.</source>
        <translation>情報処理安全確保支援士 (No. %1); training status not confirmed.</translation>
    </message>
    <message>
        <source>Has worked in your industry (%1).</source>
        <translation>Has worked in your industry (%1).</translation>
    </message>
    <message>
        <source>Has little time free at the moment.</source>
        <translation>Has little time free at the moment.</translation>
    </message>
    <message>
        <source>Can be engaged through %1, which may lower the cost.</source>
        <translation>Can be engaged through %1, which may lower the cost.</translation>
    </message>
    <message>
        <source>Sample entry: a fictional person, shipped so that matching works out of the box.</source>
        <translation>Sample entry: a fictional person, shipped so that matching works out of the box.</translation>
    </message>
    <message>
        <source>does not work on site in %1</source>
        <translation>does not work on site in %1</translation>
    </message>
    <message>
        <source>works only on site, and not in %1</source>
        <translation>works only on site, and not in %1</translation>
    </message>
    <message>
        <source>is not taking work at the moment</source>
        <translation>is not taking work at the moment</translation>
    </message>
    <message>
        <source>charges from %1 a day; the budget is %2</source>
        <translation>charges from %1 a day; the budget is %2</translation>
    </message>
    <message numerus="yes">
        <source>Raise the budget to %1 a day: %n expert(s) would then match.</source>
        <translation>
            <numerusform>Raise the budget to %1 a day: %n expert would then match.</numerusform>
            <numerusform>Raise the budget to %1 a day: %n experts would then match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept remote work: %n expert(s) would then match.</source>
        <translation>
            <numerusform>Accept remote work: %n expert would then match.</numerusform>
            <numerusform>Accept remote work: %n experts would then match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expert(s) would match but are fully booked; ask again later.</source>
        <translation>
            <numerusform>%n expert would match but are fully booked; ask again later.</numerusform>
            <numerusform>%n experts would match but are fully booked; ask again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the catalog works in %1 or remotely: import a fuller list, or ask 中小企業119 for an expert.</source>
        <translation>Nobody in the catalog works in %1 or remotely: import a fuller list, or ask 中小企業119 for an expert.</translation>
    </message>
    <message>
        <source>Everyone fails more than one condition; loosen several at once.</source>
        <translation>Everyone fails more than one condition; loosen several at once.</translation>
    </message>
    <message>
        <source>Fee: not stated; ask.</source>
        <translation>Fee: not stated; ask.</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>price on request</translation>
    </message>
    <message>
        <source> (tax included)</source>
        <translation> (tax included)</translation>
    </message>
    <message>
        <source> (before tax)</source>
        <translation> (before tax)</translation>
    </message>
    <message>
        <source>The provider does not publish a price; ask for a quote.</source>
        <translation>The provider does not publish a price; ask for a quote.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Free of charge.</translation>
    </message>
    <message>
        <source>%1: a pilot that METI runs with IPA while it creates this type, to help firms take the measures of the supply-chain security rating (SCS評価制度).</source>
        <translation>%1: a pilot that METI runs with IPA while it creates this type, to help firms take the measures of the supply-chain security rating (SCS評価制度).</translation>
    </message>
    <message>
        <source>The provider has not published where it works; ask whether it serves %1.</source>
        <translation>The provider has not published where it works; ask whether it serves %1.</translation>
    </message>
    <message>
        <source>Where it sends an engineer on site is not published; ask about %1.</source>
        <translation>Where it sends an engineer on site is not published; ask about %1.</translation>
    </message>
    <message>
        <source>These facts date from %1, longer ago than Mamori&apos;s limit of %2 months: check the provider&apos;s current terms.</source>
        <translation>These facts date from %1, longer ago than Mamori&apos;s limit of %2 months: check the provider&apos;s current terms.</translation>
    </message>
    <message>
        <source>Sample entry: a fictional provider, for demonstrations and tests.</source>
        <translation>Sample entry: a fictional provider, for demonstrations and tests.</translation>
    </message>
    <message>
        <source>Mamori ships no list of experts: real people must agree to be listed, and a list goes out of date. Find one through 中小企業119 (experts searchable by field, industry, area and qualification), IPA&apos;s public search of registered 情報処理安全確保支援士, or your chamber of commerce; an administrator can import a list with &quot;mamori-cli catalog import&quot;.</source>
        <translation>Mamori ships no list of experts: real people must agree to be listed, and a list goes out of date. Find one through 中小企業119 (experts searchable by field, industry, area and qualification), IPA&apos;s public search of registered 情報処理安全確保支援士, or your chamber of commerce; an administrator can import a list with &quot;mamori-cli catalog import&quot;.</translation>
    </message>
</context>
<context>
    <name>mamori::PackCsv</name>
    <message>
        <source>this column is named twice</source>
        <translation>this column is named twice</translation>
    </message>
    <message>
        <source>unknown column; the columns are listed in docs/authoring.md, and a column whose name starts with # is ignored</source>
        <translation>unknown column; the columns are listed in docs/authoring.md, and a column whose name starts with # is ignored</translation>
    </message>
    <message>
        <source>unknown column (did you mean &quot;%1&quot;?)</source>
        <translation>unknown column (did you mean &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>this column is required</source>
        <translation>this column is required</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is already used on line %2</source>
        <translation>the question id &quot;%1&quot; is already used on line %2</translation>
    </message>
    <message>
        <source>this cell is required</source>
        <translation>this cell is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; leave the cell empty for the weight 1</source>
        <translation>&quot;%1&quot; is not a number; leave the cell empty for the weight 1</translation>
    </message>
    <message>
        <source>give low, medium or high (低, 中 or 高)</source>
        <translation>give low, medium or high (低, 中 or 高)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; give low, medium or high (低, 中 or 高)</source>
        <translation>&quot;%1&quot; is not a grade; give low, medium or high (低, 中 or 高)</translation>
    </message>
    <message>
        <source>the spreadsheet has no questions</source>
        <translation>the spreadsheet has no questions</translation>
    </message>
    <message>
        <source>the questions were not checked against a base with errors; fix the base first</source>
        <translation>the questions were not checked against a base with errors; fix the base first</translation>
    </message>
    <message>
        <source>this text is required, in Japanese (%1) and English (%2)</source>
        <translation>this text is required, in Japanese (%1) and English (%2)</translation>
    </message>
    <message>
        <source>the Japanese text is missing; every text is needed in both languages</source>
        <translation>the Japanese text is missing; every text is needed in both languages</translation>
    </message>
    <message>
        <source>the English text is missing; every text is needed in both languages</source>
        <translation>the English text is missing; every text is needed in both languages</translation>
    </message>
    <message>
        <source>a follow-up needs the question it follows in the column depends_on</source>
        <translation>a follow-up needs the question it follows in the column depends_on</translation>
    </message>
    <message>
        <source>name the answers of &quot;%1&quot; that open this follow-up</source>
        <translation>name the answers of &quot;%1&quot; that open this follow-up</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>the base must be a pack: a JSON object with the pack&apos;s id, version, scale and categories</source>
        <translation>the base must be a pack: a JSON object with the pack&apos;s id, version, scale and categories</translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the header</source>
        <translation>a value in column %1, which has no name in the header</translation>
    </message>
</context>
<context>
    <name>mamori::PackLoader</name>
    <message>
        <source>unsupported pack format %1; this version of Mamori reads format 1</source>
        <translation>unsupported pack format %1; this version of Mamori reads format 1</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is not MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation>the version &quot;%1&quot; is not MAJOR.MINOR.PATCH, such as 1.0.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1–64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; is not a valid id: use 1–64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>&quot;%1&quot; is not an http(s) address</translation>
    </message>
    <message>
        <source>must be between 0 and 100, found %1</source>
        <translation>must be between 0 and 100, found %1</translation>
    </message>
    <message>
        <source>the guideline id must be 1–128 characters without spaces</source>
        <translation>the guideline id must be 1–128 characters without spaces</translation>
    </message>
    <message>
        <source>the scale is empty; a pack needs answer choices</source>
        <translation>the scale is empty; a pack needs answer choices</translation>
    </message>
    <message>
        <source>the choice id &quot;%1&quot; is used more than once</source>
        <translation>the choice id &quot;%1&quot; is used more than once</translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice takes the question out of scoring and has no points; remove &quot;points&quot;</source>
        <translation>a &quot;not applicable&quot; choice takes the question out of scoring and has no points; remove &quot;points&quot;</translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice cannot also be flagged</source>
        <translation>a &quot;not applicable&quot; choice cannot also be flagged</translation>
    </message>
    <message>
        <source>the choice needs &quot;points&quot; (or &quot;not_applicable&quot;: true)</source>
        <translation>the choice needs &quot;points&quot; (or &quot;not_applicable&quot;: true)</translation>
    </message>
    <message>
        <source>points must be between -1000 and 1000, found %1</source>
        <translation>points must be between -1000 and 1000, found %1</translation>
    </message>
    <message>
        <source>only one choice may be &quot;not applicable&quot;</source>
        <translation>only one choice may be &quot;not applicable&quot;</translation>
    </message>
    <message>
        <source>the scale has no choice that scores points</source>
        <translation>the scale has no choice that scores points</translation>
    </message>
    <message>
        <source>the highest choice must score more than 0 points, or no score can be computed</source>
        <translation>the highest choice must score more than 0 points, or no score can be computed</translation>
    </message>
    <message>
        <source>&quot;levels&quot; is empty; remove it or add bands</source>
        <translation>&quot;levels&quot; is empty; remove it or add bands</translation>
    </message>
    <message>
        <source>the level id &quot;%1&quot; is used more than once</source>
        <translation>the level id &quot;%1&quot; is used more than once</translation>
    </message>
    <message>
        <source>two levels start at %1</source>
        <translation>two levels start at %1</translation>
    </message>
    <message>
        <source>no level starts at 0, so low scores would have no level</source>
        <translation>no level starts at 0, so low scores would have no level</translation>
    </message>
    <message>
        <source>a pack needs at least one category</source>
        <translation>a pack needs at least one category</translation>
    </message>
    <message>
        <source>the category id &quot;%1&quot; is used more than once</source>
        <translation>the category id &quot;%1&quot; is used more than once</translation>
    </message>
    <message>
        <source>a reference id must be 1–128 characters without spaces</source>
        <translation>a reference id must be 1–128 characters without spaces</translation>
    </message>
    <message>
        <source>the reference id &quot;%1&quot; is defined more than once</source>
        <translation>the reference id &quot;%1&quot; is defined more than once</translation>
    </message>
    <message>
        <source>a pack needs at least one question</source>
        <translation>a pack needs at least one question</translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is already used by question %2</source>
        <translation>the question id &quot;%1&quot; is already used by question %2</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the pack defines: %2</source>
        <translation>unknown category &quot;%1&quot;; the pack defines: %2</translation>
    </message>
    <message>
        <source>the weight must be greater than 0, found %1; to leave a question out of scoring, use applies_if</source>
        <translation>the weight must be greater than 0, found %1; to leave a question out of scoring, use applies_if</translation>
    </message>
    <message>
        <source>the weight must be at most 100, found %1</source>
        <translation>the weight must be at most 100, found %1</translation>
    </message>
    <message>
        <source>column %1 of the expression: %2</source>
        <translation>column %1 of the expression: %2</translation>
    </message>
    <message>
        <source>depends on the unknown question &quot;%1&quot;</source>
        <translation>depends on the unknown question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a question cannot depend on itself</source>
        <translation>a question cannot depend on itself</translation>
    </message>
    <message>
        <source>list at least one answer that opens this question</source>
        <translation>list at least one answer that opens this question</translation>
    </message>
    <message>
        <source>unknown scale choice &quot;%1&quot;</source>
        <translation>unknown scale choice &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not defined; add it to &quot;references&quot;</source>
        <translation>the reference &quot;%1&quot; is not defined; add it to &quot;references&quot;</translation>
    </message>
    <message>
        <source>unknown reference &quot;%1&quot;; define it in &quot;references&quot;</source>
        <translation>unknown reference &quot;%1&quot;; define it in &quot;references&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of low, medium, high</source>
        <translation>&quot;%1&quot; is not one of low, medium, high</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot;; see questionnaires/vocabulary/capabilities.json</source>
        <translation>unknown capability &quot;%1&quot;; see questionnaires/vocabulary/capabilities.json</translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unknown capability &quot;%1&quot; (did you mean &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>follow-up questions depend on each other in a loop: %1</source>
        <translation>follow-up questions depend on each other in a loop: %1</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no questions</source>
        <translation>the category &quot;%1&quot; has no questions</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens the question, so it cannot also be what it counts as while closed</source>
        <translation>&quot;%1&quot; opens the question, so it cannot also be what it counts as while closed</translation>
    </message>
    <message>
        <source>follow-up questions nest deeper than %1 levels</source>
        <translation>follow-up questions nest deeper than %1 levels</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still a question of this version; a question can only replace one that is gone</source>
        <translation>&quot;%1&quot; is still a question of this version; a question can only replace one that is gone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still a question of this version</source>
        <translation>&quot;%1&quot; is still a question of this version</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is replaced by &quot;%2&quot;, so it is not removed</source>
        <translation>&quot;%1&quot; is replaced by &quot;%2&quot;, so it is not removed</translation>
    </message>
    <message>
        <source>each part of the version &quot;%1&quot; must be at most %2</source>
        <translation>each part of the version &quot;%1&quot; must be at most %2</translation>
    </message>
    <message>
        <source>&quot;checked&quot; is document, secondary or no</source>
        <translation>&quot;checked&quot; is document, secondary or no</translation>
    </message>
</context>
<context>
    <name>mamori::PackMigration</name>
    <message>
        <source>assessment %1 was made with %2 %3, not %4 %5</source>
        <translation>assessment %1 was made with %2 %3, not %4 %5</translation>
    </message>
    <message>
        <source>%1 is another pack than %2; migration moves between versions of one pack</source>
        <translation>%1 is another pack than %2; migration moves between versions of one pack</translation>
    </message>
    <message>
        <source>assessment %1 already uses %2 %3</source>
        <translation>assessment %1 already uses %2 %3</translation>
    </message>
</context>
<context>
    <name>mamori::PackRepository</name>
    <message>
        <source>no pack with the id &quot;%1&quot;; installed packs: %2</source>
        <translation>no pack with the id &quot;%1&quot;; installed packs: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>refused (%1): %2</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>a pack bundled with Mamori must be signed; this build is incomplete</source>
        <translation>a pack bundled with Mamori must be signed; this build is incomplete</translation>
    </message>
    <message>
        <source>not signed; used because it was named directly or lies in $MAMORI_PACK_PATH</source>
        <translation>not signed; used because it was named directly or lies in $MAMORI_PACK_PATH</translation>
    </message>
    <message>
        <source>not signed; install it again with --allow-unsigned to use it anyway</source>
        <translation>not signed; install it again with --allow-unsigned to use it anyway</translation>
    </message>
    <message>
        <source>the unsigned pack was changed after it was installed</source>
        <translation>the unsigned pack was changed after it was installed</translation>
    </message>
    <message>
        <source>not signed; installed with --allow-unsigned on %1</source>
        <translation>not signed; installed with --allow-unsigned on %1</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; is not installed</source>
        <translation>the pack &quot;%1&quot; is not installed</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is not installed (installed: %3)</source>
        <translation>version %1 of &quot;%2&quot; is not installed (installed: %3)</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is already %3 (%4) with different content; a changed pack needs a new version number</source>
        <translation>version %1 of &quot;%2&quot; is already %3 (%4) with different content; a changed pack needs a new version number</translation>
    </message>
    <message>
        <source>cannot create the folder for installed packs</source>
        <translation>cannot create the folder for installed packs</translation>
    </message>
    <message>
        <source>%1 is not an installed pack: it comes with Mamori or from $MAMORI_PACK_PATH, and cannot be removed</source>
        <translation>%1 is not an installed pack: it comes with Mamori or from $MAMORI_PACK_PATH, and cannot be removed</translation>
    </message>
    <message>
        <source>no installed pack matches &quot;%1&quot;</source>
        <translation>no installed pack matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>several versions of &quot;%1&quot; are installed; name one: %2</source>
        <translation>several versions of &quot;%1&quot; are installed; name one: %2</translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation>cannot remove the file</translation>
    </message>
    <message>
        <source>refused: the pack is not signed; to install it anyway, give --allow-unsigned (pack lists will then mark it as unsigned)</source>
        <translation>refused: the pack is not signed; to install it anyway, give --allow-unsigned (pack lists will then mark it as unsigned)</translation>
    </message>
    <message>
        <source>built into Mamori; %1</source>
        <translation>built into Mamori; %1</translation>
    </message>
</context>
<context>
    <name>mamori::PackSuggestion</name>
    <message numerus="yes">
        <source>The full SME guideline, %n question(s) chosen for your IT assets: the level that large customers increasingly ask their suppliers for.</source>
        <translation>
            <numerusform>The full SME guideline, %n question chosen for your IT assets: the level that large customers increasingly ask their suppliers for.</numerusform>
            <numerusform>The full SME guideline, %n questions chosen for your IT assets: the level that large customers increasingly ask their suppliers for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The full SME guideline, %n question(s) chosen for your IT assets.</source>
        <translation>
            <numerusform>The full SME guideline, %n question chosen for your IT assets.</numerusform>
            <numerusform>The full SME guideline, %n questions chosen for your IT assets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An installed questionnaire; %n of its questions apply to you.</source>
        <translation>
            <numerusform>An installed questionnaire; %n of its questions apply to you.</numerusform>
            <numerusform>An installed questionnaire; %n of its questions apply to you.</numerusform>
        </translation>
    </message>
    <message>
        <source>For executives: how firmly the ten instructions of METI&apos;s Cybersecurity Management Guidelines are in place, on a five-level maturity scale.</source>
        <translation>For executives: how firmly the ten instructions of METI&apos;s Cybersecurity Management Guidelines are in place, on a five-level maturity scale.</translation>
    </message>
    <message>
        <source>Preparation for ★3 of the supply-chain security evaluation scheme, which large customers are expected to ask of suppliers (based on published drafts).</source>
        <translation>Preparation for ★3 of the supply-chain security evaluation scheme, which large customers are expected to ask of suppliers (based on published drafts).</translation>
    </message>
    <message>
        <source>Preparation for ★3 of the supply-chain security evaluation scheme (based on published drafts).</source>
        <translation>Preparation for ★3 of the supply-chain security evaluation scheme (based on published drafts).</translation>
    </message>
    <message>
        <source>IPA&apos;s 25-question self-check: a quick first look at the basics.</source>
        <translation>IPA&apos;s 25-question self-check: a quick first look at the basics.</translation>
    </message>
    <message>
        <source>IPA&apos;s 25-question self-check, which SECURITY ACTION&apos;s second step (★★) asks for: about 15 minutes.</source>
        <translation>IPA&apos;s 25-question self-check, which SECURITY ACTION&apos;s second step (★★) asks for: about 15 minutes.</translation>
    </message>
</context>
<context>
    <name>mamori::PackTrust</name>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <source>unknown signer</source>
        <translation>unknown signer</translation>
    </message>
    <message>
        <source>expired key</source>
        <translation>expired key</translation>
    </message>
    <message>
        <source>damaged signature</source>
        <translation>damaged signature</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; (%2) expired on %3; ask its owner for their current key</source>
        <translation>the key &quot;%1&quot; (%2) expired on %3; ask its owner for their current key</translation>
    </message>
    <message>
        <source>cannot create the folder for trusted keys</source>
        <translation>cannot create the folder for trusted keys</translation>
    </message>
    <message>
        <source>no trusted key has the id &quot;%1&quot;; trusted keys: %2</source>
        <translation>no trusted key has the id &quot;%1&quot;; trusted keys: %2</translation>
    </message>
    <message>
        <source>the key %1 signs the packs that come with Mamori and cannot be removed</source>
        <translation>the key %1 signs the packs that come with Mamori and cannot be removed</translation>
    </message>
    <message>
        <source>cannot remove the key file</source>
        <translation>cannot remove the key file</translation>
    </message>
    <message>
        <source>the pack is not signed (no %1 beside it)</source>
        <translation>the pack is not signed (no %1 beside it)</translation>
    </message>
    <message>
        <source>the signature file cannot be read: %1</source>
        <translation>the signature file cannot be read: %1</translation>
    </message>
    <message>
        <source>signed by &quot;%1&quot; with the key %2, which is not trusted here; if you know this signer, check the key with them and add it with &quot;mamori-cli trust add&quot;</source>
        <translation>signed by &quot;%1&quot; with the key %2, which is not trusted here; if you know this signer, check the key with them and add it with &quot;mamori-cli trust add&quot;</translation>
    </message>
    <message>
        <source>the signature does not match: the signature file was changed after signing</source>
        <translation>the signature does not match: the signature file was changed after signing</translation>
    </message>
    <message>
        <source>the pack was changed after &quot;%1&quot; signed it on %2</source>
        <translation>the pack was changed after &quot;%1&quot; signed it on %2</translation>
    </message>
    <message>
        <source>the signature is for %1 %2, not for %3 %4</source>
        <translation>the signature is for %1 %2, not for %3 %4</translation>
    </message>
    <message>
        <source>the key of &quot;%1&quot; (%2) expired on %3; ask them for the pack signed with their current key</source>
        <translation>the key of &quot;%1&quot; (%2) expired on %3; ask them for the pack signed with their current key</translation>
    </message>
    <message>
        <source>signed on %1, after the key of &quot;%2&quot; (%3) expired on %4</source>
        <translation>signed on %1, after the key of &quot;%2&quot; (%3) expired on %4</translation>
    </message>
    <message>
        <source>signed by &quot;%1&quot; (%2) on %3</source>
        <translation>signed by &quot;%1&quot; (%2) on %3</translation>
    </message>
    <message>
        <source>this is the test key of Mamori&apos;s source code, whose secret anyone can read; only development and test builds may trust it</source>
        <translation>this is the test key of Mamori&apos;s source code, whose secret anyone can read; only development and test builds may trust it</translation>
    </message>
    <message>
        <source>signed with the test key of Mamori&apos;s source code (%1), whose secret anyone can read; this build trusts it only for the packs built into Mamori or installed with it</source>
        <translation>signed with the test key of Mamori&apos;s source code (%1), whose secret anyone can read; this build trusts it only for the packs built into Mamori or installed with it</translation>
    </message>
    <message>
        <source>Unsigned questionnaire: no trusted signer vouches for its questions and scoring, so they may differ from the guideline it names. Use it only if you know where it came from.</source>
        <translation>Unsigned questionnaire: no trusted signer vouches for its questions and scoring, so they may differ from the guideline it names. Use it only if you know where it came from.</translation>
    </message>
</context>
<context>
    <name>mamori::PdfReport</name>
    <message>
        <source>(sample)</source>
        <translation>(sample)</translation>
    </message>
    <message>
        <source>Security assessment report</source>
        <translation>Security assessment report</translation>
    </message>
    <message>
        <source>(firm without a name)</source>
        <translation>(firm without a name)</translation>
    </message>
    <message>
        <source>Mamori %1 · Confidential: this report lists the firm&apos;s weaknesses</source>
        <translation>Mamori %1 · Confidential: this report lists the firm&apos;s weaknesses</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation>Scores by area</translation>
    </message>
    <message>
        <source>Answers by area</source>
        <translation>Answers by area</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Services and experts that fit</source>
        <translation>Services and experts that fit</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Appendix: how this report was made</source>
        <translation>Appendix: how this report was made</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Prepared for</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Size of firm</source>
        <translation>Size of firm</translation>
    </message>
    <message>
        <source>%1 (%2 employees, %3, %4)</source>
        <translation>%1 (%2 employees, %3, %4)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>%1 of %2 questions that apply answered</source>
        <translation>%1 of %2 questions that apply answered</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>This report describes the firm&apos;s security weaknesses. Share it only with the people who need it.</source>
        <translation>This report describes the firm&apos;s security weaknesses. Share it only with the people who need it.</translation>
    </message>
    <message>
        <source>Made with Mamori %1 from the firm&apos;s own answers. A self-assessment, not an audit or a certification.</source>
        <translation>Made with Mamori %1 from the firm&apos;s own answers. A self-assessment, not an audit or a certification.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>out of 100</source>
        <translation>out of 100</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>No bands defined</source>
        <translation>No bands defined</translation>
    </message>
    <message>
        <source>%1 of the %2 questions that apply to this firm were answered.</source>
        <translation>%1 of the %2 questions that apply to this firm were answered.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were &quot;don&apos;t know&quot;: they score like &quot;no&quot; and are worth checking.</source>
        <translation>
            <numerusform>%n answer were &quot;don&apos;t know&quot;: they score like &quot;no&quot; and are worth checking.</numerusform>
            <numerusform>%n answers were &quot;don&apos;t know&quot;: they score like &quot;no&quot; and are worth checking.</numerusform>
        </translation>
    </message>
    <message>
        <source>The three biggest risks</source>
        <translation>The three biggest risks</translation>
    </message>
    <message>
        <source>Every area reaches the target for a firm of this size. Keep the measures up and check again in a year.</source>
        <translation>Every area reaches the target for a firm of this size. Keep the measures up and check again in a year.</translation>
    </message>
    <message>
        <source>Score %1 against a target of %2: %3 points short.</source>
        <translation>Score %1 against a target of %2: %3 points short.</translation>
    </message>
    <message>
        <source>The first three steps</source>
        <translation>The first three steps</translation>
    </message>
    <message>
        <source>Nothing to add: every question that applies already scores in full.</source>
        <translation>Nothing to add: every question that applies already scores in full.</translation>
    </message>
    <message>
        <source>%1 · cost %2 · effort %3 · %4</source>
        <translation>%1 · cost %2 · effort %3 · %4</translation>
    </message>
    <message>
        <source>The following pages show the scores by area, every answer with its guideline item, and the whole action plan, the best value first.</source>
        <translation>The following pages show the scores by area, every answer with its guideline item, and the whole action plan, the best value first.</translation>
    </message>
    <message>
        <source>Score and gap to the target, by area</source>
        <translation>Score and gap to the target, by area</translation>
    </message>
    <message>
        <source>Scores, targets and gaps</source>
        <translation>Scores, targets and gaps</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Every question put to the firm, with its answer, the points it earned, the note written with it and the guideline item it comes from.</source>
        <translation>Every question put to the firm, with its answer, the points it earned, the note written with it and the guideline item it comes from.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Score %1, target %2: %3 points short.</source>
        <translation>Score %1, target %2: %3 points short.</translation>
    </message>
    <message>
        <source>Score %1, target %2: reached.</source>
        <translation>Score %1, target %2: reached.</translation>
    </message>
    <message>
        <source>(follows from an earlier answer)</source>
        <translation>(follows from an earlier answer)</translation>
    </message>
    <message>
        <source>worth checking</source>
        <translation>worth checking</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) of this area do not apply to this firm and are left out.</source>
        <translation>
            <numerusform>%n question of this area do not apply to this firm and are left out.</numerusform>
            <numerusform>%n questions of this area do not apply to this firm and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each step closes a gap found by the questions. They are ranked by value for money: the points a step wins, counted more where an area is far below its target, divided by its cost and effort. Steps for this week are cheap and quick; the others take planning.</source>
        <translation>Each step closes a gap found by the questions. They are ranked by value for money: the points a step wins, counted more where an area is far below its target, divided by its cost and effort. Steps for this week are cheap and quick; the others take planning.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Cost / effort</source>
        <translation>Cost / effort</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · question %2</source>
        <translation>%1 · question %2</translation>
    </message>
    <message>
        <source>cost %1
effort %2</source>
        <translation>cost %1
effort %2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No service in the catalog passes this firm&apos;s conditions.</source>
        <translation>No service in the catalog passes this firm&apos;s conditions.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>%1 a month
%2 the first year</source>
        <translation>%1 a month
%2 the first year</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>No expert in the catalog passes this firm&apos;s conditions.</source>
        <translation>No expert in the catalog passes this firm&apos;s conditions.</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Fee a day</source>
        <translation>Fee a day</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>ask</translation>
    </message>
    <message>
        <source>The overall score of each finished assessment with this questionnaire, and each area as a thinner line.</source>
        <translation>The overall score of each finished assessment with this questionnaire, and each area as a thinner line.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change by area since the previous assessment</source>
        <translation>Change by area since the previous assessment</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed since the previous assessment.</source>
        <translation>
            <numerusform>%n answer changed since the previous assessment.</numerusform>
            <numerusform>%n answers changed since the previous assessment.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>How the scores are computed</translation>
    </message>
    <message>
        <source>Each answer earns points: the points of the chosen answer times the question&apos;s weight. An area&apos;s score is the points earned divided by the most it could earn, as a percentage; the overall score does the same over every question. Only the questions that apply to the firm, by its size, industry and IT assets, are counted.</source>
        <translation>Each answer earns points: the points of the chosen answer times the question&apos;s weight. An area&apos;s score is the points earned divided by the most it could earn, as a percentage; the overall score does the same over every question. Only the questions that apply to the firm, by its size, industry and IT assets, are counted.</translation>
    </message>
    <message>
        <source>What the bands mean</source>
        <translation>What the bands mean</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Questionnaire &quot;%1&quot;, version %2, based on %3.</source>
        <translation>Questionnaire &quot;%1&quot;, version %2, based on %3.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <source>The answers are the firm&apos;s own and were not verified on site. The report shows where to look first; it is not an audit or a certification. Matches come from the catalog installed with Mamori on the day the report was made.</source>
        <translation>The answers are the firm&apos;s own and were not verified on site. The report shows where to look first; it is not an audit or a certification. Matches come from the catalog installed with Mamori on the day the report was made.</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelled; nothing was written</translation>
    </message>
    <message>
        <source>The solid line is the firm&apos;s score in each area, the dashed line the target for a firm of its size (%1). Where the solid line is inside the dashed one, the area needs work. Each spoke is numbered; the table below names the areas.</source>
        <translation>The solid line is the firm&apos;s score in each area, the dashed line the target for a firm of its size (%1). Where the solid line is inside the dashed one, the area needs work. Each spoke is numbered; the table below names the areas.</translation>
    </message>
    <message>
        <source>%1, version %2 (unsigned)</source>
        <translation>%1, version %2 (unsigned)</translation>
    </message>
    <message>
        <source>(facts from %1: check the current terms)</source>
        <translation>(facts from %1: check the current terms)</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>price on request</source>
        <translation>price on request</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Services and experts from Mamori&apos;s catalog that cover what this firm needs, best fit first, each with the reasons it was chosen and where its facts come from. Prices are estimates for this firm from the published prices; ask the provider for a quote. Mamori&apos;s own list holds only the registered お助け隊 services whose facts could be checked in public sources; entries marked &quot;sample&quot; are fictional.</source>
        <translation>Services and experts from Mamori&apos;s catalog that cover what this firm needs, best fit first, each with the reasons it was chosen and where its facts come from. Prices are estimates for this firm from the published prices; ask the provider for a quote. Mamori&apos;s own list holds only the registered お助け隊 services whose facts could be checked in public sources; entries marked &quot;sample&quot; are fictional.</translation>
    </message>
    <message>
        <source>The catalog holds no experts.</source>
        <translation>The catalog holds no experts.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) were &quot;don&apos;t know&quot;: in this questionnaire they score below &quot;no&quot;, and are worth checking.</source>
        <translation>
            <numerusform>%n answer were &quot;don&apos;t know&quot;: in this questionnaire they score below &quot;no&quot;, and are worth checking.</numerusform>
            <numerusform>%n answers were &quot;don&apos;t know&quot;: in this questionnaire they score below &quot;no&quot;, and are worth checking.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions not answered count as zero until they are answered.</source>
        <translation>Questions not answered count as zero until they are answered.</translation>
    </message>
    <message>
        <source>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores like &quot;no&quot; (0 points), because an unknown measure cannot be relied on (Mamori&apos;s choice; IPA&apos;s own self-check scores it −1), and is listed for checking.</source>
        <translation>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores like &quot;no&quot; (0 points), because an unknown measure cannot be relied on (Mamori&apos;s choice; IPA&apos;s own self-check scores it −1), and is listed for checking.</translation>
    </message>
    <message>
        <source>A question not yet answered also counts as zero. A follow-up question that was not opened counts as its parent&apos;s answer.</source>
        <translation>A question not yet answered also counts as zero. A follow-up question that was not opened counts as its parent&apos;s answer.</translation>
    </message>
    <message>
        <source>The target of each area depends on the size of the firm (%1 here). These targets are Mamori&apos;s own choice, not the guidelines&apos;: IPA&apos;s self-check defines only the bands of the total score, and the guidelines set no per-area targets. Mamori sets them higher for larger firms, which hold more data and are asked for more by their customers. The action plan lists every question that fell short, grouped into this week (low cost and effort), this quarter and this year and numbered in that order; within each group, ranked by the points it would win, weighted by the area&apos;s gap, divided by its cost and effort.</source>
        <translation>The target of each area depends on the size of the firm (%1 here). These targets are Mamori&apos;s own choice, not the guidelines&apos;: IPA&apos;s self-check defines only the bands of the total score, and the guidelines set no per-area targets. Mamori sets them higher for larger firms, which hold more data and are asked for more by their customers. The action plan lists every question that fell short, grouped into this week (low cost and effort), this quarter and this year and numbered in that order; within each group, ranked by the points it would win, weighted by the area&apos;s gap, divided by its cost and effort.</translation>
    </message>
    <message>
        <source>Checked against the document itself.</source>
        <translation>Checked against the document itself.</translation>
    </message>
    <message>
        <source>Checked against a public description of the document, not the document itself.</source>
        <translation>Checked against a public description of the document, not the document itself.</translation>
    </message>
    <message>
        <source>Not yet checked against the document.</source>
        <translation>Not yet checked against the document.</translation>
    </message>
    <message>
        <source>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores %1 (below &quot;no&quot;), as in IPA&apos;s self-check: a measure nobody can vouch for is a risk of its own. It is listed for checking.</source>
        <translation>&quot;Not applicable&quot; takes a question out of the count altogether. In this questionnaire &quot;don&apos;t know&quot; scores %1 (below &quot;no&quot;), as in IPA&apos;s self-check: a measure nobody can vouch for is a risk of its own. It is listed for checking.</translation>
    </message>
</context>
<context>
    <name>mamori::Profile</name>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation>must be between %1 and %2, found %3</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation>unknown value &quot;%1&quot;; allowed: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation>&quot;%1&quot; is listed more than once</translation>
    </message>
    <message>
        <source>unsupported profile format %1; this version reads format 1</source>
        <translation>unsupported profile format %1; this version reads format 1</translation>
    </message>
    <message>
        <source>the firm&apos;s name is empty</source>
        <translation>the firm&apos;s name is empty</translation>
    </message>
    <message>
        <source>unknown industry &quot;%1&quot;; use the 日本標準産業分類 division letter A–T</source>
        <translation>unknown industry &quot;%1&quot;; use the 日本標準産業分類 division letter A–T</translation>
    </message>
    <message>
        <source>unknown sector class &quot;%1&quot;; allowed: manufacturing, wholesale, retail, services</source>
        <translation>unknown sector class &quot;%1&quot;; allowed: manufacturing, wholesale, retail, services</translation>
    </message>
    <message>
        <source>industry I covers both wholesale and retail, which have different SME thresholds; add &quot;sector_class&quot;: &quot;wholesale&quot; or &quot;retail&quot;</source>
        <translation>industry I covers both wholesale and retail, which have different SME thresholds; add &quot;sector_class&quot;: &quot;wholesale&quot; or &quot;retail&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: none, part_time, dedicated</source>
        <translation>unknown value &quot;%1&quot;; allowed: none, part_time, dedicated</translation>
    </message>
    <message>
        <source>e-commerce needs a website; set &quot;website&quot; to true</source>
        <translation>e-commerce needs a website; set &quot;website&quot; to true</translation>
    </message>
    <message>
        <source>the firm&apos;s name %1</source>
        <translation>the firm&apos;s name %1</translation>
    </message>
</context>
<context>
    <name>mamori::Report</name>
    <message>
        <source>does not apply to this firm</source>
        <translation>does not apply to this firm</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>follows from an earlier answer</source>
        <translation>follows from an earlier answer</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>this quarter</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Score or points</source>
        <translation>Score or points</translation>
    </message>
    <message>
        <source>Target or maximum</source>
        <translation>Target or maximum</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>overall</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>not applicable to this firm</source>
        <translation>not applicable to this firm</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
</context>
<context>
    <name>mamori::ReportCharts</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target for this size of firm</source>
        <translation>Target for this size of firm</translation>
    </message>
    <message>
        <source>Gap to the target</source>
        <translation>Gap to the target</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
</context>
<context>
    <name>mamori::Signing</name>
    <message>
        <source>&quot;%1&quot; is not a format this Mamori reads; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not a format this Mamori reads; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a base64 value of %1 bytes</source>
        <translation>not a base64 value of %1 bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-24T09:30:00Z</source>
        <translation>&quot;%1&quot; is not a date and time such as 2026-11-24T09:30:00Z</translation>
    </message>
    <message>
        <source>this is a secret key: give the public key file (made beside it by &quot;pack keygen&quot;, ending in .pub.json) and keep this one private</source>
        <translation>this is a secret key: give the public key file (made beside it by &quot;pack keygen&quot;, ending in .pub.json) and keep this one private</translation>
    </message>
    <message>
        <source>this is a public key; signing needs the secret key file (.secret.json)</source>
        <translation>this is a public key; signing needs the secret key file (.secret.json)</translation>
    </message>
    <message>
        <source>unknown key type &quot;%1&quot;; allowed: ed25519-public, ed25519-secret</source>
        <translation>unknown key type &quot;%1&quot;; allowed: ed25519-public, ed25519-secret</translation>
    </message>
    <message>
        <source>the key needs a name</source>
        <translation>the key needs a name</translation>
    </message>
    <message>
        <source>a secret key file needs &quot;secret_key&quot;</source>
        <translation>a secret key file needs &quot;secret_key&quot;</translation>
    </message>
    <message>
        <source>a public key file must not contain the secret key</source>
        <translation>a public key file must not contain the secret key</translation>
    </message>
    <message>
        <source>the key id %1 does not belong to this public key (its id is %2)</source>
        <translation>the key id %1 does not belong to this public key (its id is %2)</translation>
    </message>
    <message>
        <source>the secret key does not belong to the public key in this file</source>
        <translation>the secret key does not belong to the public key in this file</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;; allowed: ed25519</source>
        <translation>unknown algorithm &quot;%1&quot;; allowed: ed25519</translation>
    </message>
    <message>
        <source>the key&apos;s name %1</source>
        <translation>the key&apos;s name %1</translation>
    </message>
</context>
<context>
    <name>mamori::Store</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>cannot open the database: %1</translation>
    </message>
    <message>
        <source>there is no database here</source>
        <translation>there is no database here</translation>
    </message>
    <message>
        <source>cannot create the database: %1</source>
        <translation>cannot create the database: %1</translation>
    </message>
    <message>
        <source>the database or its folder can be read by other users, and Mamori cannot change that; make them readable by their owner only</source>
        <translation>the database or its folder can be read by other users, and Mamori cannot change that; make them readable by their owner only</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>this is a database of another program, not of Mamori; choose another file</source>
        <translation>this is a database of another program, not of Mamori; choose another file</translation>
    </message>
    <message>
        <source>cannot set up the database: %1</source>
        <translation>cannot set up the database: %1</translation>
    </message>
    <message>
        <source>the database is empty</source>
        <translation>the database is empty</translation>
    </message>
    <message>
        <source>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori, or choose another file</source>
        <translation>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori, or choose another file</translation>
    </message>
    <message>
        <source>the database has an older schema (%1) that must be upgraded; open it for writing once</source>
        <translation>the database has an older schema (%1) that must be upgraded; open it for writing once</translation>
    </message>
    <message>
        <source>cannot add the firm: %1</source>
        <translation>cannot add the firm: %1</translation>
    </message>
    <message>
        <source>cannot save the profile: %1</source>
        <translation>cannot save the profile: %1</translation>
    </message>
    <message>
        <source>there is no firm %1</source>
        <translation>there is no firm %1</translation>
    </message>
    <message>
        <source>cannot list the firms: %1</source>
        <translation>cannot list the firms: %1</translation>
    </message>
    <message>
        <source>cannot read the firm: %1</source>
        <translation>cannot read the firm: %1</translation>
    </message>
    <message>
        <source>cannot start the assessment: %1</source>
        <translation>cannot start the assessment: %1</translation>
    </message>
    <message>
        <source>there is no assessment %1</source>
        <translation>there is no assessment %1</translation>
    </message>
    <message>
        <source>assessment %1 is finished; start a new one to answer again</source>
        <translation>assessment %1 is finished; start a new one to answer again</translation>
    </message>
    <message>
        <source>cannot save the answer: %1</source>
        <translation>cannot save the answer: %1</translation>
    </message>
    <message>
        <source>cannot remove the answer: %1</source>
        <translation>cannot remove the answer: %1</translation>
    </message>
    <message>
        <source>cannot finish the assessment: %1</source>
        <translation>cannot finish the assessment: %1</translation>
    </message>
    <message>
        <source>cannot list the assessments: %1</source>
        <translation>cannot list the assessments: %1</translation>
    </message>
    <message>
        <source>cannot read the assessment: %1</source>
        <translation>cannot read the assessment: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>cannot read the answers: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the database from schema %1: %2; nothing was changed</source>
        <translation>cannot upgrade the database from schema %1: %2; nothing was changed</translation>
    </message>
    <message>
        <source>cannot upgrade the database from schema %1: %2; nothing was changed, and a copy is at %3</source>
        <translation>cannot upgrade the database from schema %1: %2; nothing was changed, and a copy is at %3</translation>
    </message>
    <message>
        <source>cannot read the assessments: %1</source>
        <translation>cannot read the assessments: %1</translation>
    </message>
    <message>
        <source>cannot read profile %1: %2</source>
        <translation>cannot read profile %1: %2</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>the database is open read-only</translation>
    </message>
    <message>
        <source>cannot save the result: %1</source>
        <translation>cannot save the result: %1</translation>
    </message>
    <message>
        <source>cannot export: %1</source>
        <translation>cannot export: %1</translation>
    </message>
    <message>
        <source>cannot import; nothing was changed: %1</source>
        <translation>cannot import; nothing was changed: %1</translation>
    </message>
    <message>
        <source>assessment %1 of the document is assessment %2 here, which belongs to another firm</source>
        <translation>assessment %1 of the document is assessment %2 here, which belongs to another firm</translation>
    </message>
    <message>
        <source>choose another file (there is no backup copy of this one)</source>
        <translation>choose another file (there is no backup copy of this one)</translation>
    </message>
    <message>
        <source>restore the backup copy %1, or choose another file</source>
        <translation>restore the backup copy %1, or choose another file</translation>
    </message>
    <message>
        <source>there is no backup copy %1</source>
        <translation>there is no backup copy %1</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori; close it first</source>
        <translation>the database is in use by another Mamori; close it first</translation>
    </message>
    <message>
        <source>cannot move the database aside to %1; nothing was changed</source>
        <translation>cannot move the database aside to %1; nothing was changed</translation>
    </message>
    <message>
        <source>cannot copy %1 into place; the database was left as it was</source>
        <translation>cannot copy %1 into place; the database was left as it was</translation>
    </message>
    <message>
        <source>is not a database (or is damaged beyond repair); %1</source>
        <translation>is not a database (or is damaged beyond repair); %1</translation>
    </message>
    <message>
        <source>the database is damaged (%1); %2</source>
        <translation>the database is damaged (%1); %2</translation>
    </message>
    <message>
        <source>the database has lost its schema version; %1</source>
        <translation>the database has lost its schema version; %1</translation>
    </message>
    <message>
        <source>cannot copy the database to %1 before upgrading it (%2); nothing was changed</source>
        <translation>cannot copy the database to %1 before upgrading it (%2); nothing was changed</translation>
    </message>
    <message>
        <source>assessment %1 of the document uses %2 %3, but here it uses %4 %5</source>
        <translation>assessment %1 of the document uses %2 %3, but here it uses %4 %5</translation>
    </message>
    <message>
        <source>the database is locked by another program (%1); close it, or open the database read-only</source>
        <translation>the database is locked by another program (%1); close it, or open the database read-only</translation>
    </message>
    <message>
        <source>the database has lost its table &quot;%1&quot;; %2</source>
        <translation>the database has lost its table &quot;%1&quot;; %2</translation>
    </message>
    <message>
        <source>cannot save the note: %1</source>
        <translation>cannot save the note: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the database server: %1</source>
        <translation>cannot connect to the database server: %1</translation>
    </message>
    <message>
        <source>cannot set up the session: %1</source>
        <translation>cannot set up the session: %1</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>cannot read the database: %1</translation>
    </message>
    <message>
        <source>this database holds the tables of another program, not of Mamori; give Mamori a database of its own</source>
        <translation>this database holds the tables of another program, not of Mamori; give Mamori a database of its own</translation>
    </message>
    <message>
        <source>the database has lost its schema version; restore it from the server&apos;s backup</source>
        <translation>the database has lost its schema version; restore it from the server&apos;s backup</translation>
    </message>
    <message>
        <source>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</source>
        <translation>the database was written by a newer Mamori (schema %1; this version reads up to %2); update Mamori</translation>
    </message>
    <message>
        <source>the database has lost its table &quot;%1&quot;; restore it from the server&apos;s backup</source>
        <translation>the database has lost its table &quot;%1&quot;; restore it from the server&apos;s backup</translation>
    </message>
    <message>
        <source>checking a PostgreSQL database is the server&apos;s job (pg_amcheck)</source>
        <translation>checking a PostgreSQL database is the server&apos;s job (pg_amcheck)</translation>
    </message>
    <message>
        <source>cannot read the table %1: %2</source>
        <translation>cannot read the table %1: %2</translation>
    </message>
    <message>
        <source>already holds firms; copy into an empty database only, so nothing there is mixed up or overwritten</source>
        <translation>already holds firms; copy into an empty database only, so nothing there is mixed up or overwritten</translation>
    </message>
    <message>
        <source>cannot copy: %1</source>
        <translation>cannot copy: %1</translation>
    </message>
    <message>
        <source>cannot copy a row of %1: %2; nothing was written</source>
        <translation>cannot copy a row of %1: %2; nothing was written</translation>
    </message>
    <message>
        <source>cannot copy: %1; nothing was written</source>
        <translation>cannot copy: %1; nothing was written</translation>
    </message>
    <message>
        <source>the copy of %1 differs from the original (%2 rows against %3); do not use it</source>
        <translation>the copy of %1 differs from the original (%2 rows against %3); do not use it</translation>
    </message>
    <message>
        <source>it is now unanswered</source>
        <translation>it is now unanswered</translation>
    </message>
    <message>
        <source>it is now &quot;%1&quot;</source>
        <translation>it is now &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 changed the answer to %2 at %3, after it was read here; %4. Nothing was overwritten</source>
        <translation>%1 changed the answer to %2 at %3, after it was read here; %4. Nothing was overwritten</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>cannot read the change log: %1</source>
        <translation>cannot read the change log: %1</translation>
    </message>
    <message>
        <source>cannot add the firm: your database role %1 has no team for new firms; the administrator names it with ALTER ROLE %1 SET mamori.team = &apos;…&apos; (a team the role is a member of)</source>
        <translation>cannot add the firm: your database role %1 has no team for new firms; the administrator names it with ALTER ROLE %1 SET mamori.team = &apos;…&apos; (a team the role is a member of)</translation>
    </message>
    <message>
        <source>the firm %1 is already in this database, in a team you are not in; ask the administrator to import it or to move it to your team</source>
        <translation>the firm %1 is already in this database, in a team you are not in; ask the administrator to import it or to move it to your team</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to, and the database keeps its journal beside it</source>
        <translation>the folder %1 cannot be written to, and the database keeps its journal beside it</translation>
    </message>
    <message>
        <source>the file cannot be written to</source>
        <translation>the file cannot be written to</translation>
    </message>
    <message>
        <source>the database file has %1 names (hard links), and SQLite keeps its journal under each name apart, which can damage it; remove the other names, or copy the file and open the copy</source>
        <translation>the database file has %1 names (hard links), and SQLite keeps its journal under each name apart, which can damage it; remove the other names, or copy the file and open the copy</translation>
    </message>
    <message>
        <source>%1; Mamori can only read the database here</source>
        <translation>%1; Mamori can only read the database here</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>a process that is starting</source>
        <translation>a process that is starting</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori (%1), which did not finish within %2 seconds; close it or try again, or open the database read-only</source>
        <translation>the database is in use by another Mamori (%1), which did not finish within %2 seconds; close it or try again, or open the database read-only</translation>
    </message>
    <message>
        <source>the database is in use by another Mamori (%1); close it, or open the database read-only</source>
        <translation>the database is in use by another Mamori (%1); close it, or open the database read-only</translation>
    </message>
    <message>
        <source>the firm&apos;s name %1; nothing was saved</source>
        <translation>the firm&apos;s name %1; nothing was saved</translation>
    </message>
    <message>
        <source>the note on %1 %2; nothing was saved</source>
        <translation>the note on %1 %2; nothing was saved</translation>
    </message>
    <message>
        <source>another program kept the file busy for several seconds; try again in a moment, and if it keeps happening close the other programs that use the file</source>
        <translation>another program kept the file busy for several seconds; try again in a moment, and if it keeps happening close the other programs that use the file</translation>
    </message>
    <message>
        <source>the file cannot be written (it, its folder or its disk is read-only); open it read-only, or copy it to a folder you can write to</source>
        <translation>the file cannot be written (it, its folder or its disk is read-only); open it read-only, or copy it to a folder you can write to</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>the disk reported an error reading or writing the file; check the disk (or the network drive) and try again</source>
        <translation>the disk reported an error reading or writing the file; check the disk (or the network drive) and try again</translation>
    </message>
    <message>
        <source>the file is damaged; restore a backup copy of it</source>
        <translation>the file is damaged; restore a backup copy of it</translation>
    </message>
    <message>
        <source>the file cannot be opened (it was moved or deleted, or its folder cannot be read)</source>
        <translation>the file cannot be opened (it was moved or deleted, or its folder cannot be read)</translation>
    </message>
    <message>
        <source>the computer ran out of memory; close other programs and try again</source>
        <translation>the computer ran out of memory; close other programs and try again</translation>
    </message>
</context>
<context>
    <name>mamori::StoreLocation</name>
    <message>
        <source>no database given</source>
        <translation>no database given</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>is not a valid URL: %1</translation>
    </message>
    <message>
        <source>holds a password; Mamori never keeps one: put it in ~/.pgpass (or the file PGPASSFILE names), or use a service from pg_service.conf with ?service=NAME</source>
        <translation>holds a password; Mamori never keeps one: put it in ~/.pgpass (or the file PGPASSFILE names), or use a service from pg_service.conf with ?service=NAME</translation>
    </message>
    <message>
        <source>names the database &quot;%1&quot;; a database name has no &quot;/&quot;</source>
        <translation>names the database &quot;%1&quot;; a database name has no &quot;/&quot;</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;; a port is a number from 1 to 65535</source>
        <translation>has the port &quot;%1&quot;; a port is a number from 1 to 65535</translation>
    </message>
    <message>
        <source>has sslmode=%1; it is one of %2</source>
        <translation>has sslmode=%1; it is one of %2</translation>
    </message>
    <message>
        <source>has a value for %1 with a space, quote or semicolon</source>
        <translation>has a value for %1 with a space, quote or semicolon</translation>
    </message>
    <message>
        <source>has the unknown setting &quot;%1&quot;; known are: host, port, user, dbname, %2</source>
        <translation>has the unknown setting &quot;%1&quot;; known are: host, port, user, dbname, %2</translation>
    </message>
    <message>
        <source>names no database; write postgresql://HOST/DATABASE</source>
        <translation>names no database; write postgresql://HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>mamori::TextCheck</name>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>is %1 characters long; the limit is %2</translation>
    </message>
    <message>
        <source>contains a tab or line break at character %1; keep it on one line</source>
        <translation>contains a tab or line break at character %1; keep it on one line</translation>
    </message>
    <message>
        <source>contains the control character %1 at character %2; remove it</source>
        <translation>contains the control character %1 at character %2; remove it</translation>
    </message>
    <message>
        <source>contains %1, which changes the direction of the text after it, at character %2; remove it</source>
        <translation>contains %1, which changes the direction of the text after it, at character %2; remove it</translation>
    </message>
</context>
<context>
    <name>mamori::Transfer</name>
    <message>
        <source>this is not a document exported by Mamori (it needs &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>this is not a document exported by Mamori (it needs &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the document was written by a newer Mamori (export version %1; this version reads up to %2); update Mamori</source>
        <translation>the document was written by a newer Mamori (export version %1; this version reads up to %2); update Mamori</translation>
    </message>
    <message>
        <source>unknown export version %1</source>
        <translation>unknown export version %1</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; allowed: firm, assessment</source>
        <translation>unknown scope &quot;%1&quot;; allowed: firm, assessment</translation>
    </message>
    <message>
        <source>the assessment %1 is in the document twice</source>
        <translation>the assessment %1 is in the document twice</translation>
    </message>
    <message>
        <source>a document of one assessment holds exactly one, not %1</source>
        <translation>a document of one assessment holds exactly one, not %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (ISO 8601, e.g. 2026-04-01T09:30:00.000Z)</source>
        <translation>&quot;%1&quot; is not a date and time (ISO 8601, e.g. 2026-04-01T09:30:00.000Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid (lower-case UUID, e.g. 0b6f3c1e-8d1a-4c39-9a57-2e4f1d0c9b7a)</source>
        <translation>&quot;%1&quot; is not a uid (lower-case UUID, e.g. 0b6f3c1e-8d1a-4c39-9a57-2e4f1d0c9b7a)</translation>
    </message>
    <message>
        <source>a firm has at least one profile</source>
        <translation>a firm has at least one profile</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; is not installed here; install it, then import again</source>
        <translation>the pack &quot;%1&quot; is not installed here; install it, then import again</translation>
    </message>
    <message>
        <source>there is no profile %1 in firm.profiles (it has %2)</source>
        <translation>there is no profile %1 in firm.profiles (it has %2)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; allowed: in_progress, finished</source>
        <translation>unknown status &quot;%1&quot;; allowed: in_progress, finished</translation>
    </message>
    <message>
        <source>a finished assessment needs &quot;finished_at&quot;</source>
        <translation>a finished assessment needs &quot;finished_at&quot;</translation>
    </message>
    <message>
        <source>an assessment in progress has no &quot;finished_at&quot;</source>
        <translation>an assessment in progress has no &quot;finished_at&quot;</translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation>the pack &quot;%1&quot; has no question &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the future; check the clock of the PC that wrote the document</source>
        <translation>&quot;%1&quot; is in the future; check the clock of the PC that wrote the document</translation>
    </message>
    <message>
        <source>the assessment was made with version %1 of &quot;%2&quot;, which is not installed here (installed: %3); install version %1, then import again</source>
        <translation>the assessment was made with version %1 of &quot;%2&quot;, which is not installed here (installed: %3); install version %1, then import again</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uid</source>
        <translation>&quot;%1&quot; is not a uid</translation>
    </message>
    <message>
        <source>expected a revision, a whole number from 1 to %1</source>
        <translation>expected a revision, a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>the note %1</source>
        <translation>the note %1</translation>
    </message>
</context>
<context>
    <name>mamori::Vocabulary</name>
    <message>
        <source>the id &quot;%1&quot; is defined more than once</source>
        <translation>the id &quot;%1&quot; is defined more than once</translation>
    </message>
</context>
<context>
    <name>mamori::cli::App</name>
    <message>
        <source>Usage: mamori-cli [--lang ja|en] COMMAND [OPTIONS]</source>
        <translation>Usage: mamori-cli [--lang ja|en] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Mamori assesses the information security of a small or medium-sized firm against the official Japanese guidelines, and proposes an action plan.</source>
        <translation>Mamori assesses the information security of a small or medium-sized firm against the official Japanese guidelines, and proposes an action plan.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>language of the output (default: the system&apos;s)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>print the version and exit</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation>show this help; COMMAND --help shows a command&apos;s options</translation>
    </message>
    <message>
        <source>mamori-cli: --lang needs a value: ja or en</source>
        <translation>mamori-cli: --lang needs a value: ja or en</translation>
    </message>
    <message>
        <source>mamori-cli: unknown language &quot;%1&quot;; use ja or en</source>
        <translation>mamori-cli: unknown language &quot;%1&quot;; use ja or en</translation>
    </message>
    <message>
        <source>mamori-cli: unknown command &quot;%1&quot;</source>
        <translation>mamori-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli --help&apos; for the list of commands.</source>
        <translation>Try &apos;mamori-cli --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <source>mamori-cli: --db needs a file name</source>
        <translation>mamori-cli: --db needs a file name</translation>
    </message>
    <message>
        <source>the catalog of services and experts (default: $MAMORI_CATALOG, else the user&apos;s data folder)</source>
        <translation>the catalog of services and experts (default: $MAMORI_CATALOG, else the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>mamori-cli: --catalog needs a file name</source>
        <translation>mamori-cli: --catalog needs a file name</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>assess the information security of a small firm from the command line</source>
        <translation>assess the information security of a small firm from the command line</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>Every command has --help. Problems with input files are reported one per line as file:line:column: path: message.</source>
        <translation>Every command has --help. Problems with input files are reported one per line as file:line:column: path: message.</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBAL OPTIONS</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>invalid input; each problem is reported on standard error with its location</source>
        <translation>invalid input; each problem is reported on standard error with its location</translation>
    </message>
    <message>
        <source>usage error: an unknown command or option, or a missing argument</source>
        <translation>usage error: an unknown command or option, or a missing argument</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>ja or en: the language when --lang is not given</source>
        <translation>ja or en: the language when --lang is not given</translation>
    </message>
    <message>
        <source>the database of firms and assessments</source>
        <translation>the database of firms and assessments</translation>
    </message>
    <message>
        <source>the catalog of services and experts</source>
        <translation>the catalog of services and experts</translation>
    </message>
    <message>
        <source>folders of draft questionnaire packs, separated by colons; they load marked as unsigned</source>
        <translation>folders of draft questionnaire packs, separated by colons; they load marked as unsigned</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>the database, the catalog, installed packs (packs/) and trusted keys (trust/)</source>
        <translation>the database, the catalog, installed packs (packs/) and trusted keys (trust/)</translation>
    </message>
    <message>
        <source>the bundled questionnaire packs with their signatures, the sample catalog and sample firms, as examples and bases for authoring</source>
        <translation>the bundled questionnaire packs with their signatures, the sample catalog and sample firms, as examples and bases for authoring</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
    <message>
        <source>mamori-cli %1: expected one of: %2</source>
        <translation>mamori-cli %1: expected one of: %2</translation>
    </message>
    <message>
        <source>the database of firms and assessments: an SQLite file, or postgresql://HOST/DATABASE shared by a team (default: $MAMORI_DB, else the user&apos;s data folder)</source>
        <translation>the database of firms and assessments: an SQLite file, or postgresql://HOST/DATABASE shared by a team (default: $MAMORI_DB, else the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>your name in the change log of what this command changes (default: $MAMORI_NAME, else the login; on a server, the database role is recorded beside it)</source>
        <translation>your name in the change log of what this command changes (default: $MAMORI_NAME, else the login; on a server, the database role is recorded beside it)</translation>
    </message>
    <message>
        <source>your name in the change log, when --as is not given</source>
        <translation>your name in the change log, when --as is not given</translation>
    </message>
    <message>
        <source>mamori-cli: --as needs a name</source>
        <translation>mamori-cli: --as needs a name</translation>
    </message>
</context>
<context>
    <name>mamori::cli::AssessCommand</name>
    <message>
        <source>Firm: %1 (%2)</source>
        <translation>Firm: %1 (%2)</translation>
    </message>
    <message>
        <source>Pack: %1 %2</source>
        <translation>Pack: %1 %2</translation>
    </message>
    <message>
        <source>Overall score: %1 / 100</source>
        <translation>Overall score: %1 / 100</translation>
    </message>
    <message>
        <source>(points %1 of %2)</source>
        <translation>(points %1 of %2)</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>Answered %1 of %2 applicable questions</source>
        <translation>Answered %1 of %2 applicable questions</translation>
    </message>
    <message numerus="yes">
        <source>, %n answered &quot;don&apos;t know&quot;</source>
        <translation>
            <numerusform>, %n answered &quot;don&apos;t know&quot;</numerusform>
            <numerusform>, %n answered &quot;don&apos;t know&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n not applicable</numerusform>
            <numerusform>, %n not applicable</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>not applicable to this firm</source>
        <translation>not applicable to this firm</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot; — find out and answer again: %1</source>
        <translation>Answered &quot;don&apos;t know&quot; — find out and answer again: %1</translation>
    </message>
    <message>
        <source>Nothing to do: every applicable question reached its best answer.</source>
        <translation>Nothing to do: every applicable question reached its best answer.</translation>
    </message>
    <message>
        <source>cost %1, effort %2</source>
        <translation>cost %1, effort %2</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Action plan (in the order to do it: this week&apos;s steps first):</source>
        <translation>Action plan (in the order to do it: this week&apos;s steps first):</translation>
    </message>
    <message>
        <source>Score a firm&apos;s answers to a pack: overall score and level, scores and gaps per category, and an action plan in the order to do it (this week, this quarter, this year; the most benefit per cost first within each).</source>
        <translation>Score a firm&apos;s answers to a pack: overall score and level, scores and gaps per category, and an action plan in the order to do it (this week, this quarter, this year; the most benefit per cost first within each).</translation>
    </message>
</context>
<context>
    <name>mamori::cli::AssessmentCommands</name>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>Start an assessment of a stored firm with a pack; prints its id.</source>
        <translation>Start an assessment of a stored firm with a pack; prints its id.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>the firm&apos;s id</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>pack id or pack file</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>Started assessment %1: %2 %3 for firm %4, %5 questions apply</source>
        <translation>Started assessment %1: %2 %3 for firm %4, %5 questions apply</translation>
    </message>
    <message>
        <source>Answer one question of a stored assessment; the answer is saved at once.</source>
        <translation>Answer one question of a stored assessment; the answer is saved at once.</translation>
    </message>
    <message>
        <source>the assessment&apos;s id</source>
        <translation>the assessment&apos;s id</translation>
    </message>
    <message>
        <source>the question&apos;s id</source>
        <translation>the question&apos;s id</translation>
    </message>
    <message>
        <source>the answer: a choice id of the pack&apos;s scale</source>
        <translation>the answer: a choice id of the pack&apos;s scale</translation>
    </message>
    <message>
        <source>a note kept with the answer</source>
        <translation>a note kept with the answer</translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</translation>
    </message>
    <message>
        <source>Saved %1 = %2 (%3 of %4 answered)</source>
        <translation>Saved %1 = %2 (%3 of %4 answered)</translation>
    </message>
    <message>
        <source>Mark a stored assessment finished; it then keeps its answers as they are.</source>
        <translation>Mark a stored assessment finished; it then keeps its answers as they are.</translation>
    </message>
    <message>
        <source>Assessment %1 is finished.</source>
        <translation>Assessment %1 is finished.</translation>
    </message>
    <message>
        <source>List the assessments of a stored firm, oldest first.</source>
        <translation>List the assessments of a stored firm, oldest first.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>PACK</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANSWERS</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>STARTED</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>Show a stored assessment: its progress and every answer with its note.</source>
        <translation>Show a stored assessment: its progress and every answer with its note.</translation>
    </message>
    <message>
        <source>Assessment %1 of %2 — %3 %4, %5</source>
        <translation>Assessment %1 of %2 — %3 %4, %5</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered; last saved %3</source>
        <translation>%1 of %2 questions answered; last saved %3</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
</context>
<context>
    <name>mamori::cli::CatalogCommands</name>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message numerus="yes">
        <source>Service packages (%n in the catalog):</source>
        <translation>
            <numerusform>Service packages (%n in the catalog):</numerusform>
            <numerusform>Service packages (%n in the catalog):</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches.</source>
        <translation>No service matches.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>What to relax:</source>
        <translation>What to relax:</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Left out (%n):</numerusform>
            <numerusform>Left out (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Security experts (%1 in the catalog, %2 pass the filters):</source>
        <translation>Security experts (%1 in the catalog, %2 pass the filters):</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Left out by the filters: %1</source>
        <translation>Left out by the filters: %1</translation>
    </message>
    <message>
        <source>covers %1%</source>
        <translation>covers %1%</translation>
    </message>
    <message>
        <source>mamori-cli match: --%1 needs an amount in yen, such as 30000</source>
        <translation>mamori-cli match: --%1 needs an amount in yen, such as 30000</translation>
    </message>
    <message>
        <source>Turn a firm&apos;s gaps into a shortlist of service packages (お助け隊 and others) and security experts, each with its reasons.</source>
        <translation>Turn a firm&apos;s gaps into a shortlist of service packages (お助け隊 and others) and security experts, each with its reasons.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>services or talent (default: both)</source>
        <translation>services or talent (default: both)</translation>
    </message>
    <message>
        <source>services: the most per month, in yen; with --kind talent: the most per day</source>
        <translation>services: the most per month, in yen; with --kind talent: the most per day</translation>
    </message>
    <message>
        <source>talent: the most per day, in yen</source>
        <translation>talent: the most per day, in yen</translation>
    </message>
    <message>
        <source>only candidates who come on site in the firm&apos;s prefecture</source>
        <translation>only candidates who come on site in the firm&apos;s prefecture</translation>
    </message>
    <message>
        <source>services of these schemes only: otasuke-1, otasuke-2, otasuke-new, other</source>
        <translation>services of these schemes only: otasuke-1, otasuke-2, otasuke-new, other</translation>
    </message>
    <message>
        <source>how many of each to show</source>
        <translation>how many of each to show</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>Usage: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli match: --kind is services or talent</source>
        <translation>mamori-cli match: --kind is services or talent</translation>
    </message>
    <message>
        <source>mamori-cli match: --top is a number from 1 to 1000</source>
        <translation>mamori-cli match: --top is a number from 1 to 1000</translation>
    </message>
    <message>
        <source>mamori-cli match: unknown scheme &quot;%1&quot;</source>
        <translation>mamori-cli match: unknown scheme &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Firm: %1 (%2, %n device(s))</source>
        <translation>
            <numerusform>Firm: %1 (%2, %n device)</numerusform>
            <numerusform>Firm: %1 (%2, %n devices)</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs: none — the answers leave no gap that a service would close.</source>
        <translation>Needs: none — the answers leave no gap that a service would close.</translation>
    </message>
    <message>
        <source>Needs, heaviest first (weight = points still to win): %1</source>
        <translation>Needs, heaviest first (weight = points still to win): %1</translation>
    </message>
    <message>
        <source>Import services or experts from CSV (UTF-8 or Shift_JIS) or JSON: all of a file or none of it, updating entries by id.</source>
        <translation>Import services or experts from CSV (UTF-8 or Shift_JIS) or JSON: all of a file or none of it, updating entries by id.</translation>
    </message>
    <message>
        <source>catalog files</source>
        <translation>catalog files</translation>
    </message>
    <message>
        <source>mamori-cli catalog import: name at least one file</source>
        <translation>mamori-cli catalog import: name at least one file</translation>
    </message>
    <message>
        <source>%1: nothing imported</source>
        <translation>%1: nothing imported</translation>
    </message>
    <message>
        <source>%1: services %2 added, %3 updated; experts %4 added, %5 updated</source>
        <translation>%1: services %2 added, %3 updated; experts %4 added, %5 updated</translation>
    </message>
    <message>
        <source>Check catalog files as import would, without importing.</source>
        <translation>Check catalog files as import would, without importing.</translation>
    </message>
    <message>
        <source>mamori-cli catalog validate: name at least one file</source>
        <translation>mamori-cli catalog validate: name at least one file</translation>
    </message>
    <message>
        <source>%1: valid (%2 services, %3 experts)</source>
        <translation>%1: valid (%2 services, %3 experts)</translation>
    </message>
    <message>
        <source>Write the catalog&apos;s services or experts to CSV (for Excel) or JSON.</source>
        <translation>Write the catalog&apos;s services or experts to CSV (for Excel) or JSON.</translation>
    </message>
    <message>
        <source>services or talent</source>
        <translation>services or talent</translation>
    </message>
    <message>
        <source>the file to write (.csv or .json)</source>
        <translation>the file to write (.csv or .json)</translation>
    </message>
    <message>
        <source>mamori-cli catalog export: give --kind services or talent, and an --output file ending in .csv or .json</source>
        <translation>mamori-cli catalog export: give --kind services or talent, and an --output file ending in .csv or .json</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries written</source>
        <translation>
            <numerusform>%1: %n entries written</numerusform>
            <numerusform>%1: %n entries written</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the catalog&apos;s services and experts by scheme, capability and prefecture.</source>
        <translation>Count the catalog&apos;s services and experts by scheme, capability and prefecture.</translation>
    </message>
    <message>
        <source>Catalog: %1 (revision %2)</source>
        <translation>Catalog: %1 (revision %2)</translation>
    </message>
    <message>
        <source>Services: %1 (%2 samples)</source>
        <translation>Services: %1 (%2 samples)</translation>
    </message>
    <message>
        <source>Services per capability:</source>
        <translation>Services per capability:</translation>
    </message>
    <message>
        <source>Experts: %1 (%2 samples), %3 情報処理安全確保支援士, %4 available now, %5 work remotely</source>
        <translation>Experts: %1 (%2 samples), %3 情報処理安全確保支援士, %4 available now, %5 work remotely</translation>
    </message>
    <message>
        <source>Experts on site per prefecture:</source>
        <translation>Experts on site per prefecture:</translation>
    </message>
    <message>
        <source>Facts checked between %1 and %2</source>
        <translation>Facts checked between %1 and %2</translation>
    </message>
    <message>
        <source>Remove the bundled sample entries once a real list has been imported.</source>
        <translation>Remove the bundled sample entries once a real list has been imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample entries removed</source>
        <translation>
            <numerusform>%n sample entries removed</numerusform>
            <numerusform>%n sample entries removed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1: %2% read</translation>
    </message>
    <message>
        <source>facts from %1: check the current terms</source>
        <translation>facts from %1: check the current terms</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>mark services whose facts are older than this many months (default 12)</source>
        <translation>mark services whose facts are older than this many months (default 12)</translation>
    </message>
    <message>
        <source>mamori-cli match: --stale-months is a number from 1 to 240</source>
        <translation>mamori-cli match: --stale-months is a number from 1 to 240</translation>
    </message>
</context>
<context>
    <name>mamori::cli::Command</name>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>Usage: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli %1: %2</source>
        <translation>mamori-cli %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli %1 --help&apos; for more information.</source>
        <translation>Try &apos;mamori-cli %1 --help&apos; for more information.</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>output format: text or json</translation>
    </message>
    <message>
        <source>mamori-cli %1: unknown format &quot;%2&quot;; use text or json</source>
        <translation>mamori-cli %1: unknown format &quot;%2&quot;; use text or json</translation>
    </message>
    <message>
        <source>an argument is missing</source>
        <translation>an argument is missing</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the option %1 is required but missing</source>
        <translation>the option %1 is required but missing</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>the option %1 is ambiguous: %2</source>
        <translation>the option %1 is ambiguous: %2</translation>
    </message>
    <message>
        <source>the option %1 may be given only once</source>
        <translation>the option %1 may be given only once</translation>
    </message>
    <message>
        <source>the option %1 takes one value</source>
        <translation>the option %1 takes one value</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>the option %1 needs a value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (for %2)</source>
        <translation>&quot;%1&quot; is not yes or no (for %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>&quot;%1&quot; is not a valid value for %2</translation>
    </message>
    <message>
        <source>the option %1 takes no value</source>
        <translation>the option %1 takes no value</translation>
    </message>
    <message>
        <source>the option %1 is not written as the command line expects</source>
        <translation>the option %1 is not written as the command line expects</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>too many arguments</translation>
    </message>
    <message>
        <source>the command line cannot be read (%1)</source>
        <translation>the command line cannot be read (%1)</translation>
    </message>
</context>
<context>
    <name>mamori::cli::DbCommands</name>
    <message>
        <source>Copy every firm and assessment from one database to another (an SQLite file or a postgresql:// URL), verified table by table.</source>
        <translation>Copy every firm and assessment from one database to another (an SQLite file or a postgresql:// URL), verified table by table.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the database to copy: a file or a postgresql:// URL (only read)</source>
        <translation>the database to copy: a file or a postgresql:// URL (only read)</translation>
    </message>
    <message>
        <source>where to: a new file, or an empty database on a server (created tables; no firm yet)</source>
        <translation>where to: a new file, or an empty database on a server (created tables; no firm yet)</translation>
    </message>
    <message>
        <source>mamori-cli db copy: --from and --to name the same database</source>
        <translation>mamori-cli db copy: --from and --to name the same database</translation>
    </message>
    <message>
        <source>%1% copied</source>
        <translation>%1% copied</translation>
    </message>
    <message>
        <source>Copied %1 to %2, and read back:</source>
        <translation>Copied %1 to %2, and read back:</translation>
    </message>
    <message>
        <source>rows, checksum %1 as in the original</source>
        <translation>rows, checksum %1 as in the original</translation>
    </message>
    <message>
        <source>Make Mamori&apos;s tables in the --db database (a new file, or an empty database on a server), or upgrade older ones; prints the schema version.</source>
        <translation>Make Mamori&apos;s tables in the --db database (a new file, or an empty database on a server), or upgrade older ones; prints the schema version.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ready: schema %2, %n firm(s).</source>
        <translation>
            <numerusform>%1 is ready: schema %2, %n firm.</numerusform>
            <numerusform>%1 is ready: schema %2, %n firms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::cli::FirmCommands</name>
    <message>
        <source>Add a firm to the database from its profile.</source>
        <translation>Add a firm to the database from its profile.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>the firm&apos;s profile (JSON)</translation>
    </message>
    <message>
        <source>Added firm %1: %2 (%3)</source>
        <translation>Added firm %1: %2 (%3)</translation>
    </message>
    <message>
        <source>List the firms in the database.</source>
        <translation>List the firms in the database.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ASSESSMENTS</source>
        <translation>ASSESSMENTS</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>ADDED</translation>
    </message>
    <message>
        <source>No firms yet: add one with &apos;mamori-cli firm add --profile FILE&apos;.</source>
        <translation>No firms yet: add one with &apos;mamori-cli firm add --profile FILE&apos;.</translation>
    </message>
    <message>
        <source>Show a firm: its latest profile and its assessments.</source>
        <translation>Show a firm: its latest profile and its assessments.</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>the firm&apos;s id</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>Firm %1: %2</source>
        <translation>Firm %1: %2</translation>
    </message>
    <message>
        <source>  Size: %1 (%2 employees, capital %3 万円)</source>
        <translation>  Size: %1 (%2 employees, capital %3 × ¥10,000)</translation>
    </message>
    <message>
        <source>  Industry %1, prefecture %2</source>
        <translation>  Industry %1, prefecture %2</translation>
    </message>
    <message>
        <source>  IT: %1 PCs, %2 phones or tablets, %3 servers</source>
        <translation>  IT: %1 PCs, %2 phones or tablets, %3 servers</translation>
    </message>
    <message>
        <source>  Profile versions: %1, added %2</source>
        <translation>  Profile versions: %1, added %2</translation>
    </message>
    <message>
        <source>No assessments yet: start one with &apos;mamori-cli assessment start --firm %1 --pack ID&apos;.</source>
        <translation>No assessments yet: start one with &apos;mamori-cli assessment start --firm %1 --pack ID&apos;.</translation>
    </message>
    <message>
        <source>Assessments:</source>
        <translation>Assessments:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>  Team: %1</source>
        <translation>  Team: %1</translation>
    </message>
    <message>
        <source>only firms whose name contains this text (any case)</source>
        <translation>only firms whose name contains this text (any case)</translation>
    </message>
    <message>
        <source>at most this many firms</source>
        <translation>at most this many firms</translation>
    </message>
    <message>
        <source>skip this many first (with --limit: one page after another)</source>
        <translation>skip this many first (with --limit: one page after another)</translation>
    </message>
    <message>
        <source>mamori-cli firm list: --limit and --offset take a number of 0 or more</source>
        <translation>mamori-cli firm list: --limit and --offset take a number of 0 or more</translation>
    </message>
    <message>
        <source>No firm&apos;s name contains &quot;%1&quot;.</source>
        <translation>No firm&apos;s name contains &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No firms after the first %1.</source>
        <translation>No firms after the first %1.</translation>
    </message>
</context>
<context>
    <name>mamori::cli::HistoryCommand</name>
    <message numerus="yes">
        <source>%1 — firm %2, %n assessment(s)</source>
        <translation>
            <numerusform>%1 — firm %2, %n assessment</numerusform>
            <numerusform>%1 — firm %2, %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>No assessments yet; start one with: mamori-cli assessment start --firm %1 --pack ID</source>
        <translation>No assessments yet; start one with: mamori-cli assessment start --firm %1 --pack ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>PACK</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>ANSWERED</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>STARTED</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>assessment %1: %2</source>
        <translation>assessment %1: %2</translation>
    </message>
    <message>
        <source>* last score computed; its pack version is not installed now</source>
        <translation>* last score computed; its pack version is not installed now</translation>
    </message>
    <message>
        <source>%1 — %2: assessment %3 (%4) → assessment %5 (%6)</source>
        <translation>%1 — %2: assessment %3 (%4) → assessment %5 (%6)</translation>
    </message>
    <message>
        <source>Overall score: %1 → %2 (%3)</source>
        <translation>Overall score: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATEGORY</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>BEFORE</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>AFTER</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>No answer changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed:</source>
        <translation>
            <numerusform>%n answer changed:</numerusform>
            <numerusform>%n answers changed:</numerusform>
        </translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>A firm&apos;s assessments with their scores over time, or two of them compared.</source>
        <translation>A firm&apos;s assessments with their scores over time, or two of them compared.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>the firm&apos;s id</translation>
    </message>
    <message>
        <source>compare two assessments of the firm: the earlier id, then the later</source>
        <translation>compare two assessments of the firm: the earlier id, then the later</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>mamori-cli history: --compare takes two assessment ids, the earlier then the later</source>
        <translation>mamori-cli history: --compare takes two assessment ids, the earlier then the later</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>Usage: mamori-cli %1</translation>
    </message>
    <message>
        <source>mamori-cli history: give --firm ID, or --compare with two assessment ids</source>
        <translation>mamori-cli history: give --firm ID, or --compare with two assessment ids</translation>
    </message>
    <message>
        <source>assessment %1 is not of firm %2</source>
        <translation>assessment %1 is not of firm %2</translation>
    </message>
</context>
<context>
    <name>mamori::cli::Inputs</name>
    <message>
        <source>micro business (小規模事業者)</source>
        <translation>micro business (小規模事業者)</translation>
    </message>
    <message>
        <source>SME (中小企業)</source>
        <translation>SME (中小企業)</translation>
    </message>
    <message>
        <source>mid-size (中堅企業)</source>
        <translation>mid-size (中堅企業)</translation>
    </message>
    <message>
        <source>large enterprise</source>
        <translation>large enterprise</translation>
    </message>
    <message>
        <source>mamori-cli %1: &quot;%2&quot; is not a valid %3 id (a positive number)</source>
        <translation>mamori-cli %1: &quot;%2&quot; is not a valid %3 id (a positive number)</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>pack id or pack file</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>the firm&apos;s profile (JSON)</translation>
    </message>
    <message>
        <source>the answers (JSON)</source>
        <translation>the answers (JSON)</translation>
    </message>
    <message>
        <source>a stored assessment, instead of the three files</source>
        <translation>a stored assessment, instead of the three files</translation>
    </message>
    <message>
        <source>mamori-cli %1: give either --pack, --profile and --answers, or --assessment</source>
        <translation>mamori-cli %1: give either --pack, --profile and --answers, or --assessment</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>Usage: mamori-cli %1</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>assessment %1 was started with %2 version %3, which cannot be loaded</source>
        <translation>assessment %1 was started with %2 version %3, which cannot be loaded</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>note: %1: %2</translation>
    </message>
</context>
<context>
    <name>mamori::cli::LogCommands</name>
    <message>
        <source>Show who changed which answers of an assessment, and when.</source>
        <translation>Show who changed which answers of an assessment, and when.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the assessment&apos;s id</source>
        <translation>the assessment&apos;s id</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>Show who changed a firm&apos;s profile and assessments, and when.</source>
        <translation>Show who changed a firm&apos;s profile and assessments, and when.</translation>
    </message>
    <message>
        <source>the firm&apos;s id</source>
        <translation>the firm&apos;s id</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackAdminCommands</name>
    <message>
        <source>Check a pack&apos;s signature and install it beside the bundled packs.</source>
        <translation>Check a pack&apos;s signature and install it beside the bundled packs.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>pack file</source>
        <translation>pack file</translation>
    </message>
    <message>
        <source>signature file (default: FILE.sig)</source>
        <translation>signature file (default: FILE.sig)</translation>
    </message>
    <message>
        <source>%1 %2 is already installed (%3); nothing changed.</source>
        <translation>%1 %2 is already installed (%3); nothing changed.</translation>
    </message>
    <message>
        <source>Installed %1 %2: %3</source>
        <translation>Installed %1 %2: %3</translation>
    </message>
    <message>
        <source>New assessments use the newest version; earlier assessments keep theirs until migrated.</source>
        <translation>New assessments use the newest version; earlier assessments keep theirs until migrated.</translation>
    </message>
    <message>
        <source>Remove an installed pack version (not while assessments use it, unless forced).</source>
        <translation>Remove an installed pack version (not while assessments use it, unless forced).</translation>
    </message>
    <message>
        <source>ID or ID@VERSION</source>
        <translation>ID or ID@VERSION</translation>
    </message>
    <message>
        <source>remove it even though stored assessments use it</source>
        <translation>remove it even though stored assessments use it</translation>
    </message>
    <message numerus="yes">
        <source>mamori-cli pack remove: %n stored assessment(s) use %1 %2 (%3); migrate them first, or give --force (they cannot be scored until it is installed again)</source>
        <translation>
            <numerusform>mamori-cli pack remove: %n stored assessment use %1 %2 (%3); migrate them first, or give --force (they cannot be scored until it is installed again)</numerusform>
            <numerusform>mamori-cli pack remove: %n stored assessments use %1 %2 (%3); migrate them first, or give --force (they cannot be scored until it is installed again)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>Removed %1 %2.</translation>
    </message>
    <message>
        <source>Make a key pair for signing packs: a secret key to keep, a public key to hand out.</source>
        <translation>Make a key pair for signing packs: a secret key to keep, a public key to hand out.</translation>
    </message>
    <message>
        <source>who signs, as users will see it</source>
        <translation>who signs, as users will see it</translation>
    </message>
    <message>
        <source>writes OUT.secret.json and OUT.pub.json</source>
        <translation>writes OUT.secret.json and OUT.pub.json</translation>
    </message>
    <message>
        <source>last day the key may sign (YYYY-MM-DD)</source>
        <translation>last day the key may sign (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: the key needs a name</source>
        <translation>mamori-cli pack keygen: the key needs a name</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: --expires needs a future date such as 2028-03-31, not &quot;%1&quot;</source>
        <translation>mamori-cli pack keygen: --expires needs a future date such as 2028-03-31, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: %1 exists; a key is never overwritten</source>
        <translation>mamori-cli pack keygen: %1 exists; a key is never overwritten</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: the cryptography library cannot start</source>
        <translation>mamori-cli pack keygen: the cryptography library cannot start</translation>
    </message>
    <message>
        <source>Key %1 for &quot;%2&quot;</source>
        <translation>Key %1 for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  secret: %1 (readable by you only; keep it off shared drives)</source>
        <translation>  secret: %1 (readable by you only; keep it off shared drives)</translation>
    </message>
    <message>
        <source>  public: %1 (give it to the users who install your packs: mamori-cli trust add)</source>
        <translation>  public: %1 (give it to the users who install your packs: mamori-cli trust add)</translation>
    </message>
    <message>
        <source>  signs until %1</source>
        <translation>  signs until %1</translation>
    </message>
    <message>
        <source>Sign a valid pack with your secret key (writes FILE.sig beside it).</source>
        <translation>Sign a valid pack with your secret key (writes FILE.sig beside it).</translation>
    </message>
    <message>
        <source>secret key file</source>
        <translation>secret key file</translation>
    </message>
    <message>
        <source>%1: the key expired on %2; make a new one with &quot;pack keygen&quot; and hand out its public key</source>
        <translation>%1: the key expired on %2; make a new one with &quot;pack keygen&quot; and hand out its public key</translation>
    </message>
    <message>
        <source>Signed %1 %2 as &quot;%3&quot; (%4): %5</source>
        <translation>Signed %1 %2 as &quot;%3&quot; (%4): %5</translation>
    </message>
    <message>
        <source>Check a pack&apos;s signature against the trusted keys, as installing it would.</source>
        <translation>Check a pack&apos;s signature against the trusted keys, as installing it would.</translation>
    </message>
    <message>
        <source>Trust a signer&apos;s public key, so their packs can be installed.</source>
        <translation>Trust a signer&apos;s public key, so their packs can be installed.</translation>
    </message>
    <message>
        <source>public key file</source>
        <translation>public key file</translation>
    </message>
    <message>
        <source>Trusted &quot;%1&quot; (%2).</source>
        <translation>Trusted &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Check the key id with its owner by phone or in person before installing their packs.</source>
        <translation>Check the key id with its owner by phone or in person before installing their packs.</translation>
    </message>
    <message>
        <source>List the keys whose pack signatures Mamori accepts.</source>
        <translation>List the keys whose pack signatures Mamori accepts.</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Stop trusting a key; packs it signed are refused from then on.</source>
        <translation>Stop trusting a key; packs it signed are refused from then on.</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>key id</translation>
    </message>
    <message>
        <source>No longer trusted: &quot;%1&quot; (%2).</source>
        <translation>No longer trusted: &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>  %1 %2 is refused from now on (%3)</source>
        <translation>  %1 %2 is refused from now on (%3)</translation>
    </message>
    <message>
        <source>install a pack without signature; pack lists mark it as unsigned</source>
        <translation>install a pack without signature; pack lists mark it as unsigned</translation>
    </message>
    <message>
        <source>mamori-cli pack keygen: --name %1</source>
        <translation>mamori-cli pack keygen: --name %1</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackCsvCommands</name>
    <message>
        <source>Make a pack from a spreadsheet of questions (CSV, UTF-8 or Shift_JIS) and a base pack.</source>
        <translation>Make a pack from a spreadsheet of questions (CSV, UTF-8 or Shift_JIS) and a base pack.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the spreadsheet, one row per question</source>
        <translation>the spreadsheet, one row per question</translation>
    </message>
    <message>
        <source>pack id or pack file giving everything but the questions</source>
        <translation>pack id or pack file giving everything but the questions</translation>
    </message>
    <message>
        <source>the new pack&apos;s version (default: the base&apos;s)</source>
        <translation>the new pack&apos;s version (default: the base&apos;s)</translation>
    </message>
    <message>
        <source>the pack file to write</source>
        <translation>the pack file to write</translation>
    </message>
    <message>
        <source>%1: nothing written</source>
        <translation>%1: nothing written</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: pack %2 %3, %n question(s), read as %4</source>
        <translation>
            <numerusform>Wrote %1: pack %2 %3, %n question, read as %4</numerusform>
            <numerusform>Wrote %1: pack %2 %3, %n questions, read as %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack is not signed yet: sign it with &quot;mamori-cli pack sign --key KEY %1&quot;.</source>
        <translation>The pack is not signed yet: sign it with &quot;mamori-cli pack sign --key KEY %1&quot;.</translation>
    </message>
    <message>
        <source>Write a pack&apos;s questions as a spreadsheet (CSV for Excel) to edit and import again.</source>
        <translation>Write a pack&apos;s questions as a spreadsheet (CSV for Excel) to edit and import again.</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>pack id or pack file</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>the CSV file to write</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n question(s) of %2 %3</source>
        <translation>
            <numerusform>Wrote %1: %n question of %2 %3</numerusform>
            <numerusform>Wrote %1: %n questions of %2 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackListCommand</name>
    <message>
        <source>List the questionnaire packs Mamori can use.</source>
        <translation>List the questionnaire packs Mamori can use.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>QUESTIONS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>No packs found.</source>
        <translation>No packs found.</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>SIGNER</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(unsigned)</translation>
    </message>
    <message>
        <source>Why each is trusted:</source>
        <translation>Why each is trusted:</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackMigrateCommands</name>
    <message>
        <source>new question</source>
        <translation>new question</translation>
    </message>
    <message>
        <source>not answered before</source>
        <translation>not answered before</translation>
    </message>
    <message>
        <source>the earlier answer &quot;%1&quot; is no longer a choice</source>
        <translation>the earlier answer &quot;%1&quot; is no longer a choice</translation>
    </message>
    <message>
        <source>Compare two versions of a pack: questions added, removed, replaced and changed, and scoring.</source>
        <translation>Compare two versions of a pack: questions added, removed, replaced and changed, and scoring.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>earlier version: ID@VERSION or file</source>
        <translation>earlier version: ID@VERSION or file</translation>
    </message>
    <message>
        <source>later version: ID@VERSION, ID or file</source>
        <translation>later version: ID@VERSION, ID or file</translation>
    </message>
    <message>
        <source>%1 %2 → %3 %4</source>
        <translation>%1 %2 → %3 %4</translation>
    </message>
    <message>
        <source>No differences in questions, categories or scoring.</source>
        <translation>No differences in questions, categories or scoring.</translation>
    </message>
    <message>
        <source>Questions added:</source>
        <translation>Questions added:</translation>
    </message>
    <message>
        <source>Questions replaced (answers carry over on migration):</source>
        <translation>Questions replaced (answers carry over on migration):</translation>
    </message>
    <message>
        <source>Questions removed (declared):</source>
        <translation>Questions removed (declared):</translation>
    </message>
    <message>
        <source>Questions gone without a declaration (their answers will be listed, not carried):</source>
        <translation>Questions gone without a declaration (their answers will be listed, not carried):</translation>
    </message>
    <message>
        <source>Questions changed:</source>
        <translation>Questions changed:</translation>
    </message>
    <message>
        <source>Categories added:</source>
        <translation>Categories added:</translation>
    </message>
    <message>
        <source>Categories removed:</source>
        <translation>Categories removed:</translation>
    </message>
    <message>
        <source>Categories changed:</source>
        <translation>Categories changed:</translation>
    </message>
    <message>
        <source>Scoring changed (answer scale and bands):</source>
        <translation>Scoring changed (answer scale and bands):</translation>
    </message>
    <message>
        <source>Carry an assessment&apos;s answers to another version of its pack, listing what needs a fresh answer.</source>
        <translation>Carry an assessment&apos;s answers to another version of its pack, listing what needs a fresh answer.</translation>
    </message>
    <message>
        <source>assessment id</source>
        <translation>assessment id</translation>
    </message>
    <message>
        <source>version to migrate to (default: the newest installed)</source>
        <translation>version to migrate to (default: the newest installed)</translation>
    </message>
    <message>
        <source>show what would happen and change nothing</source>
        <translation>show what would happen and change nothing</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>Assessment %1 already uses %2 %3, the newest installed version; nothing to migrate.</source>
        <translation>Assessment %1 already uses %2 %3, the newest installed version; nothing to migrate.</translation>
    </message>
    <message>
        <source>Started assessment %1 with %2 %3 from assessment %4 (%5); assessment %4 is kept as it was.</source>
        <translation>Started assessment %1 with %2 %3 from assessment %4 (%5); assessment %4 is kept as it was.</translation>
    </message>
    <message>
        <source>Dry run: assessment %1 from %2 %3 to %4; nothing was changed.</source>
        <translation>Dry run: assessment %1 from %2 %3 to %4; nothing was changed.</translation>
    </message>
    <message>
        <source>Carried over: %1 answers</source>
        <translation>Carried over: %1 answers</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(from %1)</translation>
    </message>
    <message>
        <source>(reworded: check it still holds)</source>
        <translation>(reworded: check it still holds)</translation>
    </message>
    <message>
        <source>Need a fresh answer: %1</source>
        <translation>Need a fresh answer: %1</translation>
    </message>
    <message>
        <source>Not carried over (kept in assessment %1): %2</source>
        <translation>Not carried over (kept in assessment %1): %2</translation>
    </message>
    <message>
        <source>removed in %1</source>
        <translation>removed in %1</translation>
    </message>
    <message>
        <source>no longer in the pack</source>
        <translation>no longer in the pack</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackShowCommand</name>
    <message>
        <source>Show a pack: its guideline, answer scale, score bands and categories with their targets.</source>
        <translation>Show a pack: its guideline, answer scale, score bands and categories with their targets.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>pack id or pack file</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Guideline: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions: %1</translation>
    </message>
    <message>
        <source>Answer scale:</source>
        <translation>Answer scale:</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source> (flagged for review)</source>
        <translation> (flagged for review)</translation>
    </message>
    <message>
        <source>Score bands:</source>
        <translation>Score bands:</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Categories (targets: micro / small / medium / large):</source>
        <translation>Categories (targets: micro / small / medium / large):</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackValidateCommand</name>
    <message>
        <source>Check questionnaire pack files and report every problem with its file, line, column and JSON path.</source>
        <translation>Check questionnaire pack files and report every problem with its file, line, column and JSON path.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>pack files to check</source>
        <translation>pack files to check</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid — %2 %3, %n question(s)</source>
        <translation>
            <numerusform>%1: valid — %2 %3, %n question</numerusform>
            <numerusform>%1: valid — %2 %3, %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 files invalid, %3 problems in all</source>
        <translation>%1 of %2 files invalid, %3 problems in all</translation>
    </message>
</context>
<context>
    <name>mamori::cli::QuestionsCommand</name>
    <message>
        <source>List the questions of a pack that apply to a firm, given its profile (and, for follow-up questions, the answers so far).</source>
        <translation>List the questions of a pack that apply to a firm, given its profile (and, for follow-up questions, the answers so far).</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation>pack id or pack file</translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation>the firm&apos;s profile (JSON)</translation>
    </message>
    <message>
        <source>answers so far (JSON), to decide follow-up questions</source>
        <translation>answers so far (JSON), to decide follow-up questions</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 questions apply to this firm.</source>
        <translation>%1 of %2 questions apply to this firm.</translation>
    </message>
    <message>
        <source>(follow-up: asked when %1 is answered %2)</source>
        <translation>(follow-up: asked when %1 is answered %2)</translation>
    </message>
</context>
<context>
    <name>mamori::cli::ReportCommand</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>the consultant&apos;s name, for the report</source>
        <translation>the consultant&apos;s name, for the report</translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation>Usage: mamori-cli %1</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 written</translation>
    </message>
    <message>
        <source>Write a firm&apos;s report: a PDF for the firm&apos;s owner, with charts, or the whole result as CSV for Excel or as JSON.</source>
        <translation>Write a firm&apos;s report: a PDF for the firm&apos;s owner, with charts, or the whole result as CSV for Excel or as JSON.</translation>
    </message>
    <message>
        <source>pdf, csv or json (default: from the file name)</source>
        <translation>pdf, csv or json (default: from the file name)</translation>
    </message>
    <message>
        <source>an image for the cover of the PDF (PNG or JPEG)</source>
        <translation>an image for the cover of the PDF (PNG or JPEG)</translation>
    </message>
    <message>
        <source>the PDF&apos;s sections, comma-separated (default: all): summary, areas, questions, plan, matches, trend, method</source>
        <translation>the PDF&apos;s sections, comma-separated (default: all): summary, areas, questions, plan, matches, trend, method</translation>
    </message>
    <message>
        <source>leave the catalog out of the PDF</source>
        <translation>leave the catalog out of the PDF</translation>
    </message>
    <message>
        <source>mamori-cli report: give --out FILE ending in .pdf, .csv or .json, or --format pdf, csv or json</source>
        <translation>mamori-cli report: give --out FILE ending in .pdf, .csv or .json, or --format pdf, csv or json</translation>
    </message>
    <message>
        <source>mamori-cli report: unknown section &quot;%1&quot;; known: summary, areas, questions, plan, matches, trend, method</source>
        <translation>mamori-cli report: unknown section &quot;%1&quot;; known: summary, areas, questions, plan, matches, trend, method</translation>
    </message>
    <message>
        <source>mamori-cli report: a PDF needs a QApplication (Qt Charts draws the charts)</source>
        <translation>mamori-cli report: a PDF needs a QApplication (Qt Charts draws the charts)</translation>
    </message>
    <message>
        <source>%1: cannot read the logo: %2</source>
        <translation>%1: cannot read the logo: %2</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s))</source>
        <translation>
            <numerusform>%1 written (%n page)</numerusform>
            <numerusform>%1 written (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>mark services whose facts are older than this many months (default 12)</source>
        <translation>mark services whose facts are older than this many months (default 12)</translation>
    </message>
    <message>
        <source>mamori-cli report: --stale-months is a number from 1 to 240</source>
        <translation>mamori-cli report: --stale-months is a number from 1 to 240</translation>
    </message>
</context>
<context>
    <name>mamori::cli::TransferCommands</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>the id to export</source>
        <translation>the id to export</translation>
    </message>
    <message>
        <source>write the document to this file (written whole or not at all); default: standard output</source>
        <translation>write the document to this file (written whole or not at all); default: standard output</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n assessment(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n assessment)</numerusform>
            <numerusform>Wrote %1 (%n assessments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a firm with all its profile versions and assessments as one JSON document.</source>
        <translation>Export a firm with all its profile versions and assessments as one JSON document.</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>Export one assessment, with its firm and profile, as a JSON document.</source>
        <translation>Export one assessment, with its firm and profile, as a JSON document.</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>Import a firm or an assessment exported by Mamori; all of it or nothing, never twice.</source>
        <translation>Import a firm or an assessment exported by Mamori; all of it or nothing, never twice.</translation>
    </message>
    <message>
        <source>the exported JSON document</source>
        <translation>the exported JSON document</translation>
    </message>
    <message>
        <source>Added firm %1: %2</source>
        <translation>Added firm %1: %2</translation>
    </message>
    <message>
        <source>Firm %1: %2 (already here)</source>
        <translation>Firm %1: %2 (already here)</translation>
    </message>
    <message numerus="yes">
        <source>%n profile version(s) added</source>
        <translation>
            <numerusform>%n profile version added</numerusform>
            <numerusform>%n profile versions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) added</source>
        <translation>
            <numerusform>%n assessment added</numerusform>
            <numerusform>%n assessments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here, unchanged</source>
        <translation>
            <numerusform>%n assessment already here, unchanged</numerusform>
            <numerusform>%n assessments already here, unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessment ids here: %1</source>
        <translation>Assessment ids here: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here brought up to date: %1</source>
        <translation>
            <numerusform>%n assessment already here brought up to date: %1</numerusform>
            <numerusform>%n assessments already here brought up to date: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added or replaced by later ones</source>
        <translation>
            <numerusform>%n answer added or replaced by later ones</numerusform>
            <numerusform>%n answers added or replaced by later ones</numerusform>
        </translation>
    </message>
    <message>
        <source>where an answer was changed both here and in the document since the two copies last met, take the document&apos;s (default: keep the one here)</source>
        <translation>where an answer was changed both here and in the document since the two copies last met, take the document&apos;s (default: keep the one here)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) kept as they are here: changed here since the document&apos;s copy was made</source>
        <translation>
            <numerusform>%n answer kept as they are here: changed here since the document&apos;s copy was made</numerusform>
            <numerusform>%n answers kept as they are here: changed here since the document&apos;s copy was made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed both here and in the document; the document&apos;s taken:</source>
        <translation>
            <numerusform>%n answer changed both here and in the document; the document&apos;s taken:</numerusform>
            <numerusform>%n answers changed both here and in the document; the document&apos;s taken:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed both here and in the document; kept here (--theirs takes the document&apos;s):</source>
        <translation>
            <numerusform>%n answer changed both here and in the document; kept here (--theirs takes the document&apos;s):</numerusform>
            <numerusform>%n answers changed both here and in the document; kept here (--theirs takes the document&apos;s):</numerusform>
        </translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1, note: %2</translation>
    </message>
    <message>
        <source>assessment %1, %2: here %3 (%4); document %5 (%6)</source>
        <translation>assessment %1, %2: here %3 (%4); document %5 (%6)</translation>
    </message>
</context>
<context>
    <name>mamori::gui::AssetsPage</name>
    <message>
        <source> — recommended</source>
        <translation> — recommended</translation>
    </message>
    <message>
        <source>IT assets</source>
        <translation>IT assets</translation>
    </message>
    <message>
        <source>What the company uses decides which questions are asked: a firm without a website is not asked about one. Count roughly; &quot;don&apos;t know&quot; is an answer later, not here.</source>
        <translation>What the company uses decides which questions are asked: a firm without a website is not asked about one. Count roughly; &quot;don&apos;t know&quot; is an answer later, not here.</translation>
    </message>
    <message>
        <source>&amp;PCs:</source>
        <translation>&amp;PCs:</translation>
    </message>
    <message>
        <source>S&amp;martphones and tablets:</source>
        <translation>S&amp;martphones and tablets:</translation>
    </message>
    <message>
        <source>Ser&amp;vers on the premises:</source>
        <translation>Ser&amp;vers on the premises:</translation>
    </message>
    <message>
        <source>Computers that serve others in the office (file server, NAS, accounting server), not cloud services.</source>
        <translation>Computers that serve others in the office (file server, NAS, accounting server), not cloud services.</translation>
    </message>
    <message>
        <source>Personal data &amp;records:</source>
        <translation>Personal data &amp;records:</translation>
    </message>
    <message>
        <source>Who looks after &amp;IT:</source>
        <translation>Who looks after &amp;IT:</translation>
    </message>
    <message>
        <source>Our own &amp;website</source>
        <translation>Our own &amp;website</translation>
    </message>
    <message>
        <source>We sell &amp;online or take payments online</source>
        <translation>We sell &amp;online or take payments online</translation>
    </message>
    <message>
        <source>Staff wor&amp;k remotely (home, VPN)</source>
        <translation>Staff wor&amp;k remotely (home, VPN)</translation>
    </message>
    <message>
        <source>We use Wi-Fi in the offic&amp;e</source>
        <translation>We use Wi-Fi in the offic&amp;e</translation>
    </message>
    <message>
        <source>We handle &amp;credit card data</source>
        <translation>We handle &amp;credit card data</translation>
    </message>
    <message>
        <source>Factory machines or IoT &amp;devices on the network</source>
        <translation>Factory machines or IoT &amp;devices on the network</translation>
    </message>
    <message>
        <source>Cloud services &amp;used:</source>
        <translation>Cloud services &amp;used:</translation>
    </message>
    <message>
        <source>Protections already in place:</source>
        <translation>Protections already in place:</translation>
    </message>
    <message>
        <source>&amp;Questionnaire to answer:</source>
        <translation>&amp;Questionnaire to answer:</translation>
    </message>
    <message>
        <source>Number of PCs</source>
        <translation>Number of PCs</translation>
    </message>
    <message>
        <source>Number of smartphones and tablets</source>
        <translation>Number of smartphones and tablets</translation>
    </message>
    <message>
        <source>Number of servers on the premises</source>
        <translation>Number of servers on the premises</translation>
    </message>
    <message>
        <source>Number of personal data records</source>
        <translation>Number of personal data records</translation>
    </message>
    <message>
        <source>Who looks after IT</source>
        <translation>Who looks after IT</translation>
    </message>
    <message>
        <source>Cloud services used</source>
        <translation>Cloud services used</translation>
    </message>
    <message>
        <source>Protections already in place</source>
        <translation>Protections already in place</translation>
    </message>
    <message>
        <source>Questionnaire to answer</source>
        <translation>Questionnaire to answer</translation>
    </message>
    <message>
        <source>Desktops and laptops used for work, staff&apos;s own ones included if they are used for work.</source>
        <translation>Desktops and laptops used for work, staff&apos;s own ones included if they are used for work.</translation>
    </message>
    <message>
        <source>Company phones and tablets, and staff&apos;s own phones used for work mail or chat.</source>
        <translation>Company phones and tablets, and staff&apos;s own phones used for work mail or chat.</translation>
    </message>
    <message>
        <source>People (customers, staff, applicants…) whose names with contact details or other personal data the company keeps; a rough count is enough.</source>
        <translation>People (customers, staff, applicants…) whose names with contact details or other personal data the company keeps; a rough count is enough.</translation>
    </message>
    <message>
        <source>Someone who installs updates, manages accounts and passwords, and is called when something breaks.</source>
        <translation>Someone who installs updates, manages accounts and passwords, and is called when something breaks.</translation>
    </message>
    <message>
        <source> — unsigned</source>
        <translation> — unsigned</translation>
    </message>
</context>
<context>
    <name>mamori::gui::CatalogDialog</name>
    <message>
        <source>Catalog of services and experts</source>
        <translation>Catalog of services and experts</translation>
    </message>
    <message>
        <source>Import check</source>
        <translation>Import check</translation>
    </message>
    <message>
        <source>Choose a CSV (UTF-8 or Shift_JIS, as Excel saves it) or JSON file. It is checked first; nothing is written until you import it, and then all of it or none of it.</source>
        <translation>Choose a CSV (UTF-8 or Shift_JIS, as Excel saves it) or JSON file. It is checked first; nothing is written until you import it, and then all of it or none of it.</translation>
    </message>
    <message>
        <source>&amp;Choose a file to import…</source>
        <translation>&amp;Choose a file to import…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Remove the sample entries…</source>
        <translation>&amp;Remove the sample entries…</translation>
    </message>
    <message>
        <source>%1
Services: %2 (%3 samples) — お助け隊 1類 %4, 2類 %5, 新類型 %6, other %7
Experts: %8 (%9 samples), of whom %10 情報処理安全確保支援士, %11 available now, %12 work remotely</source>
        <translation>%1
Services: %2 (%3 samples) — お助け隊 1類 %4, 2類 %5, 新類型 %6, other %7
Experts: %8 (%9 samples), of whom %10 情報処理安全確保支援士, %11 available now, %12 work remotely</translation>
    </message>
    <message>
        <source>Facts checked between %1 and %2</source>
        <translation>Facts checked between %1 and %2</translation>
    </message>
    <message>
        <source>Import into the catalog</source>
        <translation>Import into the catalog</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json)</source>
        <translation>Catalog files (*.csv *.json)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); fix them in the file and choose it again. Nothing will be imported.</source>
        <translation>
            <numerusform>%n problem; fix them in the file and choose it again. Nothing will be imported.</numerusform>
            <numerusform>%n problems; fix them in the file and choose it again. Nothing will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1 services and %2 experts (existing ids are updated).</source>
        <translation>Ready to import: %1 services and %2 experts (existing ids are updated).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>Imported: services %1 added, %2 updated; experts %3 added, %4 updated.</source>
        <translation>Imported: services %1 added, %2 updated; experts %3 added, %4 updated.</translation>
    </message>
    <message>
        <source>Remove the sample entries</source>
        <translation>Remove the sample entries</translation>
    </message>
    <message>
        <source>Remove every entry marked sample (the fictional services and experts shipped with Mamori)? Do this once a real list is imported.</source>
        <translation>Remove every entry marked sample (the fictional services and experts shipped with Mamori)? Do this once a real list is imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample entries removed.</source>
        <translation>
            <numerusform>%n sample entries removed.</numerusform>
            <numerusform>%n sample entries removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::ChangeLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changes, oldest first</source>
        <translation>Changes, oldest first</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the change log again</source>
        <translation>Read the change log again</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this firm and its assessments, oldest first. Names are those given in the settings; the login stands beside a name when it differs.</source>
        <translation>
            <numerusform>%n change to this firm and its assessments, oldest first. Names are those given in the settings; the login stands beside a name when it differs.</numerusform>
            <numerusform>%n changes to this firm and its assessments, oldest first. Names are those given in the settings; the login stands beside a name when it differs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::CompanyPage</name>
    <message>
        <source>Enter the firm&apos;s name to go on.</source>
        <translation>Enter the firm&apos;s name to go on.</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>About the company</translation>
    </message>
    <message>
        <source>Size and industry decide which targets apply and which questions are asked. Rough figures are fine; you can change them later.</source>
        <translation>Size and industry decide which targets apply and which questions are asked. Rough figures are fine; you can change them later.</translation>
    </message>
    <message>
        <source>Company na&amp;me:</source>
        <translation>Company na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. 株式会社あおば精機</source>
        <translation>e.g. 株式会社あおば精機</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Wholesale or retail:</source>
        <translation>&amp;Wholesale or retail:</translation>
    </message>
    <message>
        <source>&amp;Prefecture:</source>
        <translation>&amp;Prefecture:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>&amp;Employees:</translation>
    </message>
    <message>
        <source>Regular employees (常時使用する従業員), not counting the owner or officers.</source>
        <translation>Regular employees (常時使用する従業員), not counting the owner or officers.</translation>
    </message>
    <message>
        <source>&amp;Capital (万円):</source>
        <translation>&amp;Capital (in ¥10,000):</translation>
    </message>
    <message>
        <source> 万円</source>
        <translation> × ¥10,000</translation>
    </message>
    <message>
        <source>Paid-in capital in units of 10,000 yen; 0 for a sole proprietor.</source>
        <translation>Paid-in capital in units of 10,000 yen; 0 for a sole proprietor.</translation>
    </message>
    <message>
        <source>We &amp;supply large companies</source>
        <translation>We &amp;supply large companies</translation>
    </message>
    <message>
        <source>Large customers increasingly ask their suppliers about security (supply-chain attacks go through smaller firms).</source>
        <translation>Large customers increasingly ask their suppliers about security (supply-chain attacks go through smaller firms).</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Wholesale or retail</source>
        <translation>Wholesale or retail</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Capital in 10,000 yen</source>
        <translation>Capital in 10,000 yen</translation>
    </message>
    <message>
        <source>We supply large companies</source>
        <translation>We supply large companies</translation>
    </message>
    <message>
        <source>A firm named &quot;%1&quot; is already on this PC. To assess it again, go back and choose it, then &quot;New assessment of this firm&quot;, so its history stays in one place.</source>
        <translation>A firm named &quot;%1&quot; is already on this PC. To assess it again, go back and choose it, then &quot;New assessment of this firm&quot;, so its history stays in one place.</translation>
    </message>
    <message>
        <source>No employees and no capital: fine for a sole proprietor working alone; otherwise check the figures, they decide the targets.</source>
        <translation>No employees and no capital: fine for a sole proprietor working alone; otherwise check the figures, they decide the targets.</translation>
    </message>
    <message>
        <source>The firm&apos;s name %1.</source>
        <translation>The firm&apos;s name %1.</translation>
    </message>
    <message>
        <source>With these figures the firm counts as: &lt;b&gt;%1&lt;/b&gt; (small and medium: 中小企業基本法; mid-size: 産業競争力強化法; size decides the targets and which questions are asked).</source>
        <translation>With these figures the firm counts as: &lt;b&gt;%1&lt;/b&gt; (small and medium: 中小企業基本法; mid-size: 産業競争力強化法; size decides the targets and which questions are asked).</translation>
    </message>
</context>
<context>
    <name>mamori::gui::HelpWindow</name>
    <message>
        <source>The copy that came with Mamori %1; it needs no connection.</source>
        <translation>The copy that came with Mamori %1; it needs no connection.</translation>
    </message>
    <message>
        <source>%1 is not part of the offline guide; it is in Mamori&apos;s source, in docs/.</source>
        <translation>%1 is not part of the offline guide; it is in Mamori&apos;s source, in docs/.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
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
        <translation>Open database</translation>
    </message>
    <message>
        <source>About Mamori</source>
        <translation>About Mamori</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mamori %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Security self-assessment, action plans and service matching for small and medium enterprises in Japan. Your data stays on this PC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mamori %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Security self-assessment, action plans and service matching for small and medium enterprises in Japan. Your data stays on this PC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Database: %1 (read-only)</source>
        <translation>Database: %1 (read-only)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Mamori</source>
        <translation>&amp;About Mamori</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>IT assets</source>
        <translation>IT assets</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions answered</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>&amp;Start the questions ▶</source>
        <translation>&amp;Start the questions ▶</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>&amp;Results ▶</source>
        <translation>&amp;Results ▶</translation>
    </message>
    <message>
        <source>&amp;Action plan ▶</source>
        <translation>&amp;Action plan ▶</translation>
    </message>
    <message>
        <source>&amp;Catalog of services and experts…</source>
        <translation>&amp;Catalog of services and experts…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>&amp;Matches ▶</source>
        <translation>&amp;Matches ▶</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Report ▶</source>
        <translation>&amp;Report ▶</translation>
    </message>
    <message>
        <source>Assessment %1 was made with %2 %3, which cannot be loaded: %4</source>
        <translation>Assessment %1 was made with %2 %3, which cannot be loaded: %4</translation>
    </message>
    <message>
        <source>Questionnaire &amp;packs…</source>
        <translation>Questionnaire &amp;packs…</translation>
    </message>
    <message>
        <source>Change &amp;log of this firm…</source>
        <translation>Change &amp;log of this firm…</translation>
    </message>
    <message>
        <source>Information security for small businesses</source>
        <translation>Information security for small businesses</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>mamori::gui::MatchesPage</name>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Compare %1</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Score %1 / 100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>No catalog is open.</source>
        <translation>No catalog is open.</translation>
    </message>
    <message>
        <source>No service matches.</source>
        <translation>No service matches.</translation>
    </message>
    <message>
        <source>What to relax</source>
        <translation>What to relax</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n)</source>
        <translation>
            <numerusform>Left out (%n)</numerusform>
            <numerusform>Left out (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 experts in the catalog; %2 work here or remotely and pass the filters.</source>
        <translation>%1 experts in the catalog; %2 work here or remotely and pass the filters.</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <source>%1 (covers %2%): %3</source>
        <translation>%1 (covers %2%): %3</translation>
    </message>
    <message>
        <source>Close matches left out by the filters</source>
        <translation>Close matches left out by the filters</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <source>Experts (%1)</source>
        <translation>Experts (%1)</translation>
    </message>
    <message>
        <source>Tick &quot;Compare&quot; on two services</source>
        <translation>Tick &quot;Compare&quot; on two services</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Needs covered</source>
        <translation>Needs covered</translation>
    </message>
    <message>
        <source>A month for you</source>
        <translation>A month for you</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Minimum term</source>
        <translation>Minimum term</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>On site in %1</source>
        <translation>On site in %1</translation>
    </message>
    <message>
        <source>IT導入補助金</source>
        <translation>IT導入補助金</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Insurance cover</translation>
    </message>
    <message>
        <source>included</source>
        <translation>included</translation>
    </message>
    <message>
        <source>Compare services</source>
        <translation>Compare services</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Provider or qualifications</source>
        <translation>Provider or qualifications</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Needs covered (%)</source>
        <translation>Needs covered (%)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 a month</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>from %1 a day</source>
        <translation>from %1 a day</translation>
    </message>
    <message>
        <source>Export the shortlist</source>
        <translation>Export the shortlist</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Services up to (a month):</source>
        <translation>Services up to (a month):</translation>
    </message>
    <message>
        <source>Experts up to (a day):</source>
        <translation>Experts up to (a day):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Monthly budget for services</source>
        <translation>Monthly budget for services</translation>
    </message>
    <message>
        <source>Daily budget for experts</source>
        <translation>Daily budget for experts</translation>
    </message>
    <message>
        <source>&amp;On site only</source>
        <translation>&amp;On site only</translation>
    </message>
    <message>
        <source>On site only</source>
        <translation>On site only</translation>
    </message>
    <message>
        <source>Only services and experts who come to your prefecture</source>
        <translation>Only services and experts who come to your prefecture</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>お助け隊 services only</source>
        <translation>お助け隊 services only</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Services or experts</source>
        <translation>Services or experts</translation>
    </message>
    <message>
        <source>Co&amp;mpare two…</source>
        <translation>Co&amp;mpare two…</translation>
    </message>
    <message>
        <source>Compare two services</source>
        <translation>Compare two services</translation>
    </message>
    <message>
        <source>&amp;Export shortlist (CSV)…</source>
        <translation>&amp;Export shortlist (CSV)…</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Export shortlist</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catalog…</translation>
    </message>
    <message>
        <source>Manage the catalog</source>
        <translation>Manage the catalog</translation>
    </message>
    <message>
        <source>facts from %1: check the current terms</source>
        <translation>facts from %1: check the current terms</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Sources of %1</source>
        <translation>Sources of %1</translation>
    </message>
    <message>
        <source>Mamori&apos;s list of services was compiled on %1, longer ago than %2 months: update Mamori, and check each provider&apos;s current terms.</source>
        <translation>Mamori&apos;s list of services was compiled on %1, longer ago than %2 months: update Mamori, and check each provider&apos;s current terms.</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>Facts from</translation>
    </message>
    <message>
        <source>check the current terms</source>
        <translation>check the current terms</translation>
    </message>
    <message>
        <source>Finding an expert</source>
        <translation>Finding an expert</translation>
    </message>
    <message>
        <source>Services and experts that cover what your action plan needs, best first, each with why and where its facts come from. Mamori&apos;s own list holds the registered お助け隊 services whose facts could be checked in public sources, not every registered one; an administrator can import more with the catalog manager.</source>
        <translation>Services and experts that cover what your action plan needs, best first, each with why and where its facts come from. Mamori&apos;s own list holds the registered お助け隊 services whose facts could be checked in public sources, not every registered one; an administrator can import more with the catalog manager.</translation>
    </message>
</context>
<context>
    <name>mamori::gui::PackManagerDialog</name>
    <message>
        <source>Questionnaire packs</source>
        <translation>Questionnaire packs</translation>
    </message>
    <message>
        <source>Installed packs</source>
        <translation>Installed packs</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Install from &amp;file…</source>
        <translation>Install from &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <source>Install &amp;unsigned…</source>
        <translation>Install &amp;unsigned…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous version</source>
        <translation>&amp;Compare with the previous version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose a pack file to install: its signature is checked against the trusted keys and the result is shown here before anything is installed.</source>
        <translation>Choose a pack file to install: its signature is checked against the trusted keys and the result is shown here before anything is installed.</translation>
    </message>
    <message>
        <source>Install an unsigned pack</source>
        <translation>Install an unsigned pack</translation>
    </message>
    <message>
        <source>Remove a pack</source>
        <translation>Remove a pack</translation>
    </message>
    <message>
        <source>Remove %1 %2?</source>
        <translation>Remove %1 %2?</translation>
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
        <translation>Assessments of this firm made with an older version of their pack. Migrating starts a new assessment on the newest version with every answer that still fits; the earlier one is kept as it was.</translation>
    </message>
    <message>
        <source>Assessments on older pack versions</source>
        <translation>Assessments on older pack versions</translation>
    </message>
    <message>
        <source>&amp;Migrate to the newest version…</source>
        <translation>&amp;Migrate to the newest version…</translation>
    </message>
    <message>
        <source>Assessment migrated</source>
        <translation>Assessment migrated</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Trust a key…</translation>
    </message>
    <message>
        <source>&amp;Stop trusting…</source>
        <translation>&amp;Stop trusting…</translation>
    </message>
    <message>
        <source>Stop trusting a key</source>
        <translation>Stop trusting a key</translation>
    </message>
    <message>
        <source>Packs signed with this key will be refused from now on, and assessments made with them cannot be scored until the key is trusted again. Continue?</source>
        <translation>Packs signed with this key will be refused from now on, and assessments made with them cannot be scored until the key is trusted again. Continue?</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Packs</translation>
    </message>
    <message>
        <source>&amp;Migrate assessments</source>
        <translation>&amp;Migrate assessments</translation>
    </message>
    <message>
        <source>Trusted &amp;keys</source>
        <translation>Trusted &amp;keys</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>(bundled with Mamori)</source>
        <translation>(bundled with Mamori)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message numerus="yes">
        <source>Assessment %1: %2 %3 → %4 (%n answer(s))</source>
        <translation>
            <numerusform>Assessment %1: %2 %3 → %4 (%n answer)</numerusform>
            <numerusform>Assessment %1: %2 %3 → %4 (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Install a questionnaire pack</source>
        <translation>Install a questionnaire pack</translation>
    </message>
    <message>
        <source>Packs (*.json)</source>
        <translation>Packs (*.json)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); this file cannot be installed:</source>
        <translation>
            <numerusform>%n problem; this file cannot be installed:</numerusform>
            <numerusform>%n problems; this file cannot be installed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %3, %n question(s)</source>
        <translation>
            <numerusform>%1 %2 — %3, %n question</numerusform>
            <numerusform>%1 %2 — %3, %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature: %1 — %2</source>
        <translation>Signature: %1 — %2</translation>
    </message>
    <message>
        <source>Ready to install.</source>
        <translation>Ready to install.</translation>
    </message>
    <message>
        <source>It can be installed only as unsigned, on your own responsibility.</source>
        <translation>It can be installed only as unsigned, on your own responsibility.</translation>
    </message>
    <message>
        <source>It cannot be installed: ask the sender for a correctly signed copy.</source>
        <translation>It cannot be installed: ask the sender for a correctly signed copy.</translation>
    </message>
    <message>
        <source>Nothing was installed:</source>
        <translation>Nothing was installed:</translation>
    </message>
    <message>
        <source>%1 %2 is already installed; nothing changed.</source>
        <translation>%1 %2 is already installed; nothing changed.</translation>
    </message>
    <message>
        <source>Installed %1 %2: %3
New assessments use the newest version; earlier assessments keep theirs until you migrate them.</source>
        <translation>Installed %1 %2: %3
New assessments use the newest version; earlier assessments keep theirs until you migrate them.</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) use %1 %2; migrate them first.</source>
        <translation>
            <numerusform>%n assessment use %1 %2; migrate them first.</numerusform>
            <numerusform>%n assessments use %1 %2; migrate them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>Removed %1 %2.</translation>
    </message>
    <message>
        <source>There is no earlier version of %1 to compare with.</source>
        <translation>There is no earlier version of %1 to compare with.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>No differences in questions, categories or scoring.</source>
        <translation>No differences in questions, categories or scoring.</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Replaced: %1 → %2 (answers carry over)</source>
        <translation>Replaced: %1 → %2 (answers carry over)</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Removed:</translation>
    </message>
    <message>
        <source>Gone without a declaration:</source>
        <translation>Gone without a declaration:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Changed:</translation>
    </message>
    <message>
        <source>Categories added:</source>
        <translation>Categories added:</translation>
    </message>
    <message>
        <source>Categories removed:</source>
        <translation>Categories removed:</translation>
    </message>
    <message>
        <source>Categories changed:</source>
        <translation>Categories changed:</translation>
    </message>
    <message>
        <source>Scoring changed:</source>
        <translation>Scoring changed:</translation>
    </message>
    <message>
        <source>Started assessment %1 with %2 %3; assessment %4 is kept as it was.</source>
        <translation>Started assessment %1 with %2 %3; assessment %4 is kept as it was.</translation>
    </message>
    <message numerus="yes">
        <source>Carried over: %n answer(s)</source>
        <translation>
            <numerusform>Carried over: %n answer</numerusform>
            <numerusform>Carried over: %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Need a fresh answer: %n question(s)</source>
        <translation>
            <numerusform>Need a fresh answer: %n question</numerusform>
            <numerusform>Need a fresh answer: %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not carried over (kept in assessment %1): %n</source>
        <translation>
            <numerusform>Not carried over (kept in assessment %1): %n</numerusform>
            <numerusform>Not carried over (kept in assessment %1): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust a signer&apos;s public key</source>
        <translation>Trust a signer&apos;s public key</translation>
    </message>
    <message>
        <source>Public keys (*.pub.json)</source>
        <translation>Public keys (*.pub.json)</translation>
    </message>
    <message>
        <source>Key not trusted</source>
        <translation>Key not trusted</translation>
    </message>
    <message>
        <source>Nobody vouches for this pack: it may have been changed by anyone. Install it only if you wrote it or received it in person. The pack lists will mark it as unsigned.</source>
        <translation>Nobody vouches for this pack: it may have been changed by anyone. Install it only if you wrote it or received it in person. The pack lists will mark it as unsigned.</translation>
    </message>
</context>
<context>
    <name>mamori::gui::PlanPage</name>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Nothing to do: every question that applies is answered at its best. Check again in a year, or when the company changes.</source>
        <translation>Nothing to do: every question that applies is answered at its best. Check again in a year, or when the company changes.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>From the question: %1</source>
        <translation>From the question: %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>Effort: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Guideline: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Services that cover it: %1</source>
        <translation>Services that cover it: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), numbered in the order to do them: this week&apos;s first, each group the most benefit for the cost first. Each comes from a question that fell short; the guideline item says where to read more.</source>
        <translation>
            <numerusform>%n step, numbered in the order to do them: this week&apos;s first, each group the most benefit for the cost first. Each comes from a question that fell short; the guideline item says where to read more.</numerusform>
            <numerusform>%n steps, numbered in the order to do them: this week&apos;s first, each group the most benefit for the cost first. Each comes from a question that fell short; the guideline item says where to read more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::gui::QuestionPage</name>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Guideline: %1</translation>
    </message>
    <message>
        <source>This assessment is finished</source>
        <translation>This assessment is finished</translation>
    </message>
    <message>
        <source>All questions answered</source>
        <translation>All questions answered</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered. Score: %3 of 100.</source>
        <translation>%1 of %2 questions answered. Score: %3 of 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered &quot;don&apos;t know&quot;: worth finding out.</source>
        <translation>
            <numerusform>%n question answered &quot;don&apos;t know&quot;: worth finding out.</numerusform>
            <numerusform>%n questions answered &quot;don&apos;t know&quot;: worth finding out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open count as not done.</source>
        <translation>
            <numerusform>%n question still open count as not done.</numerusform>
            <numerusform>%n questions still open count as not done.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look through the answers</source>
        <translation>&amp;Look through the answers</translation>
    </message>
    <message>
        <source>Re&amp;view answers</source>
        <translation>Re&amp;view answers</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>What this means</translation>
    </message>
    <message>
        <source>Show or hide the explanation</source>
        <translation>Show or hide the explanation</translation>
    </message>
    <message>
        <source>N&amp;ote (optional, kept with the answer):</source>
        <translation>N&amp;ote (optional, kept with the answer):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>F&amp;inish the assessment</source>
        <translation>F&amp;inish the assessment</translation>
    </message>
    <message>
        <source>Finish the assessment</source>
        <translation>Finish the assessment</translation>
    </message>
    <message>
        <source>Go back through the answers</source>
        <translation>Go back through the answers</translation>
    </message>
    <message>
        <source>&amp;See the results</source>
        <translation>&amp;See the results</translation>
    </message>
    <message>
        <source>See the results and the action plan</source>
        <translation>See the results and the action plan</translation>
    </message>
    <message>
        <source>Explanation of the question</source>
        <translation>Explanation of the question</translation>
    </message>
    <message>
        <source>Guideline reference</source>
        <translation>Guideline reference</translation>
    </message>
    <message>
        <source>Summary of the assessment</source>
        <translation>Summary of the assessment</translation>
    </message>
    <message>
        <source>area %1 of %2</source>
        <translation>area %1 of %2</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>One question at a time</translation>
    </message>
    <message>
        <source>A whole area per page</source>
        <translation>A whole area per page</translation>
    </message>
    <message>
        <source>How the questions are laid out</source>
        <translation>How the questions are laid out</translation>
    </message>
    <message>
        <source>End of the questions</source>
        <translation>End of the questions</translation>
    </message>
    <message>
        <source>The answer to %1 keeps being changed by someone else; try again in a moment.</source>
        <translation>The answer to %1 keeps being changed by someone else; try again in a moment.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — note: %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 changed the answer to %2 at %3, after this screen showed it.</source>
        <translation>%1 changed the answer to %2 at %3, after this screen showed it.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>Theirs: %1
Yours: %2</source>
        <translation>Theirs: %1
Yours: %2</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>&amp;Replace with mine</source>
        <translation>&amp;Replace with mine</translation>
    </message>
</context>
<context>
    <name>mamori::gui::ReportPage</name>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Preview of page %1 of %2</source>
        <translation>Preview of page %1 of %2</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 cannot be read as an image: %2</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>The report was not saved.

%1</source>
        <translation>The report was not saved.

%1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>A report to hand to the firm&apos;s owner: its scores with charts, every answer, the action plan and who can help. Choose what goes in; the pages on the right are what will print.</source>
        <translation>A report to hand to the firm&apos;s owner: its scores with charts, every answer, the action plan and who can help. Choose what goes in; the pages on the right are what will print.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>Scores and &amp;charts</source>
        <translation>Scores and &amp;charts</translation>
    </message>
    <message>
        <source>Every &amp;answer</source>
        <translation>Every &amp;answer</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>Services and &amp;experts</source>
        <translation>Services and &amp;experts</translation>
    </message>
    <message>
        <source>Progress over &amp;time</source>
        <translation>Progress over &amp;time</translation>
    </message>
    <message>
        <source>How it was &amp;made</source>
        <translation>How it was &amp;made</translation>
    </message>
    <message>
        <source>Needs two finished assessments with the same questionnaire.</source>
        <translation>Needs two finished assessments with the same questionnaire.</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>Co&amp;nsultant:</translation>
    </message>
    <message>
        <source>Name on the cover (optional)</source>
        <translation>Name on the cover (optional)</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Consultant&apos;s name</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Choose a logo for the cover</source>
        <translation>Choose a logo for the cover</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>Export the result as CSV for Excel</source>
        <translation>Export the result as CSV for Excel</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Export the result as JSON</source>
        <translation>Export the result as JSON</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Last export</translation>
    </message>
</context>
<context>
    <name>mamori::gui::ResultsPage</name>
    <message>
        <source>Score %1 of 100</source>
        <translation>Score %1 of 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered</translation>
    </message>
    <message>
        <source>Scores by area, against the target for your size</source>
        <translation>Scores by area, against the target for your size</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Your score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap to the target (points)</source>
        <translation>Gap to the target (points)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 points below the target)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 points below the target)</translation>
    </message>
    <message>
        <source>Every area reaches the target for your size. Keep it up, and check again in a year.</source>
        <translation>Every area reaches the target for your size. Keep it up, and check again in a year.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>Score over time</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change by area since the previous assessment</source>
        <translation>Change by area since the previous assessment</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Scores by area: number on the chart, area, score, target and gap</source>
        <translation>Scores by area: number on the chart, area, score, target and gap</translation>
    </message>
    <message>
        <source>Where to start: %1. The action plan lists the steps in the order to do them.</source>
        <translation>Where to start: %1. The action plan lists the steps in the order to do them.</translation>
    </message>
    <message>
        <source>The targets are Mamori&apos;s own choice for a firm of your size, not the guideline&apos;s: the guidelines set no targets by area (IPA&apos;s self-check defines only the bands of the total score).</source>
        <translation>The targets are Mamori&apos;s own choice for a firm of your size, not the guideline&apos;s: the guidelines set no targets by area (IPA&apos;s self-check defines only the bands of the total score).</translation>
    </message>
</context>
<context>
    <name>mamori::gui::SettingsDialog</name>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>De&amp;fault</translation>
    </message>
    <message>
        <source>&amp;Consultant name:</source>
        <translation>&amp;Consultant name:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>Use the default database</translation>
    </message>
    <message>
        <source>Consultant name</source>
        <translation>Consultant name</translation>
    </message>
    <message>
        <source>Shown on reports and in the change log; may stay empty</source>
        <translation>Shown on reports and in the change log; may stay empty</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>All firms, answers and history are kept in this file on this PC, readable only by you. Choosing a file that does not exist yet starts a new, empty database. A team&apos;s shared database is named by its address, postgresql://server/database; the password goes in ~/.pgpass, never here.</source>
        <translation>All firms, answers and history are kept in this file on this PC, readable only by you. Choosing a file that does not exist yet starts a new, empty database. A team&apos;s shared database is named by its address, postgresql://server/database; the password goes in ~/.pgpass, never here.</translation>
    </message>
    <message>
        <source>Database file or server address</source>
        <translation>Database file or server address</translation>
    </message>
    <message>
        <source>Check service facts older &amp;than:</source>
        <translation>Check service facts older &amp;than:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months after which a service&apos;s facts are marked for checking</source>
        <translation>Months after which a service&apos;s facts are marked for checking</translation>
    </message>
    <message>
        <source>Prices and areas of services change. A service whose facts are older than this is marked &quot;check the current terms&quot; on the matches, in the CLI and in reports. 12 months is Mamori&apos;s own choice, not an official rule.</source>
        <translation>Prices and areas of services change. A service whose facts are older than this is marked &quot;check the current terms&quot; on the matches, in the CLI and in reports. 12 months is Mamori&apos;s own choice, not an official rule.</translation>
    </message>
</context>
<context>
    <name>mamori::gui::StoreOpener</name>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Restore a backup copy…</source>
        <translation>Restore a backup copy…</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Mamori</source>
        <translation>Mamori</translation>
    </message>
    <message>
        <source>Mamori cannot open its database.</source>
        <translation>Mamori cannot open its database.</translation>
    </message>
    <message>
        <source>Choose a Mamori database</source>
        <translation>Choose a Mamori database</translation>
    </message>
    <message>
        <source>Mamori databases (*.sqlite);;All files (*)</source>
        <translation>Mamori databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1 (saved %2)</translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation>Restore a backup copy</translation>
    </message>
    <message>
        <source>The damaged database will be kept next to it, renamed. Restore:</source>
        <translation>The damaged database will be kept next to it, renamed. Restore:</translation>
    </message>
    <message>
        <source>The database is open read-only: another Mamori is using it. Changes are not possible until it is closed.</source>
        <translation>The database is open read-only: another Mamori is using it. Changes are not possible until it is closed.</translation>
    </message>
    <message>
        <source>The backup copy %1 was restored. The damaged database was kept as %2.</source>
        <translation>The backup copy %1 was restored. The damaged database was kept as %2.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>The database is open read-only: %1. To make changes, copy the file to a folder you can write to, or ask its owner.</source>
        <translation>The database is open read-only: %1. To make changes, copy the file to a folder you can write to, or ask its owner.</translation>
    </message>
</context>
<context>
    <name>mamori::gui::WelcomePage</name>
    <message>
        <source>Micro business</source>
        <translation>Micro business</translation>
    </message>
    <message>
        <source>Small or medium</source>
        <translation>Small or medium</translation>
    </message>
    <message>
        <source>Mid-size</source>
        <translation>Mid-size</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Hi&amp;story of %1</source>
        <translation>Hi&amp;story of %1</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>no database is open</translation>
    </message>
    <message>
        <source>Import a firm or an assessment</source>
        <translation>Import a firm or an assessment</translation>
    </message>
    <message>
        <source>Mamori exports (*.json);;All files (*)</source>
        <translation>Mamori exports (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems.</source>
        <translation>Nothing was imported: the file has problems.</translation>
    </message>
    <message>
        <source>a new firm</source>
        <translation>a new firm</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) added</source>
        <translation>
            <numerusform>%n assessment added</numerusform>
            <numerusform>%n assessments added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) already here</source>
        <translation>
            <numerusform>%n assessment already here</numerusform>
            <numerusform>%n assessments already here</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Mamori exports (*.json)</source>
        <translation>Mamori exports (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>Welcome to Mamori</source>
        <translation>Welcome to Mamori</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Hide the introduction</source>
        <translation>Hide the introduction</translation>
    </message>
    <message>
        <source>Fir&amp;ms on this PC</source>
        <translation>Fir&amp;ms on this PC</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Latest score</source>
        <translation>Latest score</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>Firms on this PC</source>
        <translation>Firms on this PC</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>History of the selected firm</source>
        <translation>History of the selected firm</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a firm or an assessment from a file</source>
        <translation>Import a firm or an assessment from a file</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the selected firm to a file</source>
        <translation>Export the selected firm to a file</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) brought up to date</source>
        <translation>
            <numerusform>%n answer brought up to date</numerusform>
            <numerusform>%n answers brought up to date</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (in progress)</translation>
    </message>
    <message>
        <source>&amp;Continue answering</source>
        <translation>&amp;Continue answering</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>No firms on this PC yet. Start with &quot;New firm&quot;; to continue work begun on another PC, import the file Mamori exported there.</source>
        <translation>No firms on this PC yet. Start with &quot;New firm&quot;; to continue work begun on another PC, import the file Mamori exported there.</translation>
    </message>
    <message>
        <source>&amp;New firm…</source>
        <translation>&amp;New firm…</translation>
    </message>
    <message>
        <source>Start an assessment of a new firm</source>
        <translation>Start an assessment of a new firm</translation>
    </message>
    <message>
        <source>New &amp;assessment of this firm</source>
        <translation>New &amp;assessment of this firm</translation>
    </message>
    <message>
        <source>Start a new assessment of the selected firm</source>
        <translation>Start a new assessment of the selected firm</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>Open the selected assessment</translation>
    </message>
    <message>
        <source>Mamori shows where your company&apos;s information security stands, with questionnaires based on the official guidelines for small and medium enterprises.</source>
        <translation>Mamori shows where your company&apos;s information security stands, with questionnaires based on the official guidelines for small and medium enterprises.</translation>
    </message>
    <message>
        <source>It turns the answers into scores and a plan of concrete steps, cheapest gains first, and points to services and experts that can help.</source>
        <translation>It turns the answers into scores and a plan of concrete steps, cheapest gains first, and points to services and experts that can help.</translation>
    </message>
    <message>
        <source>Everything stays on this PC: nothing is sent anywhere unless you export it yourself.</source>
        <translation>Everything stays on this PC: nothing is sent anywhere unless you export it yourself.</translation>
    </message>
    <message>
        <source>Everything is kept in your team&apos;s database on its server, and sent nowhere else unless you export it yourself.</source>
        <translation>Everything is kept in your team&apos;s database on its server, and sent nowhere else unless you export it yourself.</translation>
    </message>
    <message>
        <source>Fir&amp;ms in the team&apos;s database</source>
        <translation>Fir&amp;ms in the team&apos;s database</translation>
    </message>
    <message>
        <source>Firms in the team&apos;s database</source>
        <translation>Firms in the team&apos;s database</translation>
    </message>
    <message>
        <source>Showing %1 of %2 firms; type part of a name to find one.</source>
        <translation>Showing %1 of %2 firms; type part of a name to find one.</translation>
    </message>
    <message>
        <source>Find a firm by name</source>
        <translation>Find a firm by name</translation>
    </message>
    <message>
        <source>Show &amp;more firms</source>
        <translation>Show &amp;more firms</translation>
    </message>
    <message>
        <source>Show more firms</source>
        <translation>Show more firms</translation>
    </message>
    <message>
        <source>No firm&apos;s name contains &quot;%1&quot;.</source>
        <translation>No firm&apos;s name contains &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) kept: changed here since the file was made</source>
        <translation>
            <numerusform>%n answer kept: changed here since the file was made</numerusform>
            <numerusform>%n answers kept: changed here since the file was made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken from the file over the ones here</source>
        <translation>
            <numerusform>%n answer taken from the file over the ones here</numerusform>
            <numerusform>%n answers taken from the file over the ones here</numerusform>
        </translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — note: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Changed on both PCs</source>
        <translation>Changed on both PCs</translation>
    </message>
    <message>
        <source>The answer to %1 was changed here and in the imported file since the two copies last met.</source>
        <translation>The answer to %1 was changed here and in the imported file since the two copies last met.</translation>
    </message>
    <message>
        <source>Here: %1
In the file: %2

The times are each PC&apos;s own clock.</source>
        <translation>Here: %1
In the file: %2

The times are each PC&apos;s own clock.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>The answer to %1 was not changed: %2</source>
        <translation>The answer to %1 was not changed: %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>mamori::Answers</name>
    <message>
        <source>these answers are for the pack &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these answers were given to version %1 of the pack; scoring them with version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack &quot;%1&quot; has no question &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown answer &quot;%1&quot;; the pack&apos;s choices are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Expression</name>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after a complete expression; join conditions with &amp;&amp; or ||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression must be true or false, but it is a %1; compare it with something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single &quot;%1&quot;; write &quot;%1%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single &quot;=&quot;; write &quot;==&quot; to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed; add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator here; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs true/false on both sides, found a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; allowed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list cannot be compared with %1; test membership with: &quot;value&quot; in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compares numbers only, found a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a number or a string can be looked up in a list, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is not closed; add ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a %1 in the list, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;in&quot; needs a list: [a, b] or a list field such as assets.cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list field holds strings; found a %1 before &quot;in&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;)&quot; to close the &quot;(&quot; at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends too early; a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;; expected a value or a profile field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::JsonChecker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required key &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Japanese text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English text is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::JsonParser</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character; expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input; expected a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; refusing to read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string; use an escape such as \n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string is not terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired surrogate in \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::PackLoader</name>
    <message>
        <source>unsupported pack format %1; this version of Mamori reads format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is not MAJOR.MINOR.PATCH, such as 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1–64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 100, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guideline id must be 1–128 characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale is empty; a pack needs answer choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice id &quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice takes the question out of scoring and has no points; remove &quot;points&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;not applicable&quot; choice cannot also be flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the choice needs &quot;points&quot; (or &quot;not_applicable&quot;: true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points must be between -1000 and 1000, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one choice may be &quot;not applicable&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale has no choice that scores points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest choice must score more than 0 points, or no score can be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;levels&quot; is empty; remove it or add bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level id &quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two levels start at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level starts at 0, so low scores would have no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack needs at least one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category id &quot;%1&quot; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference id must be 1–128 characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference id &quot;%1&quot; is defined more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack needs at least one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question id &quot;%1&quot; is already used by question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; the pack defines: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be greater than 0, found %1; to leave a question out of scoring, use applies_if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be at most 100, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on the unknown question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list at least one answer that opens this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scale choice &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not defined; add it to &quot;references&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reference &quot;%1&quot;; define it in &quot;references&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of low, medium, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot;; see questionnaires/vocabulary/capabilities.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown capability &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up questions depend on each other in a loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; has no questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::PackRepository</name>
    <message>
        <source>no pack with the id &quot;%1&quot;; installed packs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Profile</name>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported profile format %1; this version reads format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown industry &quot;%1&quot;; use the 日本標準産業分類 division letter A–T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sector class &quot;%1&quot;; allowed: manufacturing, wholesale, retail, services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry I covers both wholesale and retail, which have different SME thresholds; add &quot;sector_class&quot;: &quot;wholesale&quot; or &quot;retail&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; allowed: none, part_time, dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-commerce needs a website; set &quot;website&quot; to true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::Vocabulary</name>
    <message>
        <source>the id &quot;%1&quot; is defined more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::App</name>
    <message>
        <source>Usage: mamori-cli [--lang ja|en] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mamori assesses the information security of a small or medium-sized firm against the official Japanese guidelines, and proposes an action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the output (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli: --lang needs a value: ja or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli: unknown language &quot;%1&quot;; use ja or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli pack: expected list, validate or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::AssessCommand</name>
    <message>
        <source>Firm: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(points %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2 applicable questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n answered &quot;don&apos;t know&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable to this firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot; — find out and answer again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan (most benefit for the cost first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: every applicable question reached its best answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1, effort %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score a firm&apos;s answers to a pack: overall score and level, scores and gaps per category, and an action plan ordered by benefit per cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli assess: unknown format &quot;%1&quot;; use json or text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::Command</name>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mamori-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mamori-cli %1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::Inputs</name>
    <message>
        <source>micro business (小規模事業者)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME (中小企業)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid-size (中堅企業)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackListCommand</name>
    <message>
        <source>List the questionnaire packs Mamori can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli pack list: unknown format &quot;%1&quot;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packs found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackShowCommand</name>
    <message>
        <source>Show a pack: its guideline, answer scale, score bands and categories with their targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli pack show: unknown format &quot;%1&quot;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (flagged for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score bands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (targets: micro / small / medium / large):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mamori::cli::PackValidateCommand</name>
    <message>
        <source>Check questionnaire pack files and report every problem with its file, line, column and JSON path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack files to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid — %2 %3, %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) invalid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mamori::cli::QuestionsCommand</name>
    <message>
        <source>List the questions of a pack that apply to a firm, given its profile (and, for follow-up questions, the answers so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack id or pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firm&apos;s profile (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers so far (JSON), to decide follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mamori-cli questions: unknown format &quot;%1&quot;; use text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions apply to this firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(follow-up: asked when %1 is answered %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

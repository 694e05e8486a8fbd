# CLI tests: each runs the real accord binary through check_cli.cmake.
set(CLI_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_cli.cmake)
set(FIXTURES ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)

# accord_cli_test(NAME EXIT code [OUT regex] [NOT_OUT regex] [ERR regex] ARGS args...)
function(accord_cli_test name)
  cmake_parse_arguments(T "" "EXIT;OUT;NOT_OUT;ERR" "ARGS" ${ARGN})
  set(defs -DEXIT=${T_EXIT})
  foreach(key OUT NOT_OUT ERR)
    if(DEFINED T_${key})
      list(APPEND defs "-D${key}=${T_${key}}")
    endif()
  endforeach()
  string(JOIN "|" cmd "$<TARGET_FILE:accord>" ${T_ARGS})
  add_test(NAME "cli: ${name}" COMMAND ${CMAKE_COMMAND} "-DCMD=${cmd}" ${defs} -P ${CLI_CHECK})
endfunction()

# On the fixture
accord_cli_test("validate fixture" EXIT 0 OUT "valid \\(3 events, 2 agreements, 1 person, 2 sources\\)"
  ARGS --data ${FIXTURES}/small.json validate)
accord_cli_test("events table" EXIT 0 OUT "2023-07-15 ~ +conference +Laos, Thailand +Đà Nẵng conference on fraud.*3 events"
  ARGS --data ${FIXTURES}/small.json events)
accord_cli_test("events by partner alias" EXIT 0 OUT "ev-1.*ev-2.*2 events" NOT_OUT "ev-3"
  ARGS --data ${FIXTURES}/small.json events --partner "Lao PDR")
accord_cli_test("events text ignores diacritics" EXIT 0 OUT "ev-2,2023-07-15,weekday,conference,Laos;Thailand,Đà Nẵng"
  ARGS --data ${FIXTURES}/small.json events --text "DA NANG" --format csv)
accord_cli_test("events json" EXIT 0 OUT "\"id\": \"ev-3\",[^}]*\"date\": \"2024\",[^}]*\"date_basis\": \"context\""
  ARGS --data ${FIXTURES}/small.json events --type dialogue --format json)
accord_cli_test("events date range" EXIT 0 OUT "ev-1" NOT_OUT "ev-2|ev-3"
  ARGS --data ${FIXTURES}/small.json events --from 2022 --to 2022-12-31)
accord_cli_test("events none found" EXIT 1 OUT "0 events"
  ARGS --data ${FIXTURES}/small.json events --text submarine)
accord_cli_test("show event" EXIT 0 OUT "Border talks in Vientiane.*Vientiane, Laos.*Nguyen Thi Hoa, Deputy Director \\(signatory\\).*12.5 kg: heroin seized"
  ARGS --data ${FIXTURES}/small.json show ev-1)
accord_cli_test("show agreement lineage" EXIT 0 OUT "amended by: Protocol amending the MoU on border crime"
  ARGS --data ${FIXTURES}/small.json show ag-base)
accord_cli_test("show person roles" EXIT 0 OUT "2022-07-01 to … +Director \\(Major General\\), Border Department"
  ARGS --data ${FIXTURES}/small.json show p-nguyen)
accord_cli_test("people search" EXIT 0 OUT "Nguyễn Thị Hoa" ARGS --data ${FIXTURES}/small.json people --text "nguyen thi")
accord_cli_test("agreements register" EXIT 0 OUT "protocol +Protocol amending the MoU on border crime +Vietnam, Laos +2022-03-01 +signed"
  ARGS --data ${FIXTURES}/small.json agreements)
accord_cli_test("stats" EXIT 0 OUT "events +3 \\(2022-03-01 to 2024, 2 with an inferred date\\).*Laos +2"
  ARGS --data ${FIXTURES}/small.json stats)
accord_cli_test("export csv" EXIT 0 OUT "^id,date,date_basis,type,partners,city,title,topics"
  ARGS --data ${FIXTURES}/small.json export --format csv)

# Bad input: a clear message naming the file and place, and a non-zero exit
accord_cli_test("validate broken references" EXIT 1
  ERR "broken-refs.json: events\\[0\\].countries\\[1\\]: \"XYZ\" is not a known country id.*2 problems"
  ARGS --data ${FIXTURES}/broken-refs.json validate)
accord_cli_test("validate syntax error" EXIT 1 ERR "truncated.json line 12, column 31: not valid JSON.*missing closing quote"
  ARGS --data ${FIXTURES}/truncated.json validate)
accord_cli_test("refuse invalid data" EXIT 1 ERR "broken-refs.json: events\\[0\\]"
  ARGS --data ${FIXTURES}/broken-refs.json events)
accord_cli_test("missing file" EXIT 1 ERR "no-such-file.json: cannot open the file"
  ARGS --data ${FIXTURES}/no-such-file.json validate)
accord_cli_test("unknown topic" EXIT 2 ERR "--topic \"piracy\" is not in the topic vocabulary"
  ARGS --data ${FIXTURES}/small.json events --topic piracy)
accord_cli_test("unknown partner" EXIT 2 ERR "--partner \"Narnia\" is not a country"
  ARGS --data ${FIXTURES}/small.json events --partner Narnia)
accord_cli_test("bad date" EXIT 2 ERR "--from \"2024-02-30\" is not a date"
  ARGS --data ${FIXTURES}/small.json events --from 2024-02-30)
accord_cli_test("unknown id" EXIT 1 ERR "has id \"ev-404\"" ARGS --data ${FIXTURES}/small.json show ev-404)
accord_cli_test("unknown command" EXIT 2 ERR "unknown command \"frobnicate\"" ARGS frobnicate)
accord_cli_test("unknown option" EXIT 2 ERR "unknown option --colour" ARGS events --colour red)
accord_cli_test("help" EXIT 0 OUT "usage: accord" ARGS --help)

# trends: the bands the trends fixture was built to show (tests/fixtures/trends.json:
# Laos 4 a quarter then 8, Cambodia 10 then 8, Thailand 1 then 3)
accord_cli_test("trends table" EXIT 0
  OUT "partner +2023 Q3 +2023 Q4 +2024 Q1.*All events +15 = 0% +15 = 0% +19 \\+\\+ \\+27%.*Cambodia +10 = 0% +10 = 0% +8 - -20%.*Laos +4 = 0% +4 = 0% +8 \\+\\+ \\+100%.*Thailand +1 = low base +1 = low base +3 = low base.*mean of the 4 quarters before it"
  ARGS --data ${FIXTURES}/trends.json trends --periods 3)
accord_cli_test("trends by topic csv" EXIT 0
  OUT "^topic,name,period,events,baseline,baseline_periods,change,band,low_baseline\n.*fraud,Fraud,2024 Q1,8,10.00,4,-0.20,moderate_decrease,false\ndrugs,Drugs,2023 Q4,4,4.00,3,0.00,limited_change,false"
  ARGS --data ${FIXTURES}/trends.json trends --by topic --periods 2 --format csv)
accord_cli_test("trends by year json" EXIT 0
  OUT "\"baseline_periods\": 3,.*\"periods\": \\[\n +\"2023\",\n +\"2024\"\n +\\],.*\"band\": \"no_baseline\",.*\"events\": 8,\n +\"low_baseline\": false,\n +\"period\": \"2024\""
  ARGS --data ${FIXTURES}/trends.json trends --period year --format json)
accord_cli_test("trends months" EXIT 0 OUT "2024-01 .*2024-02 .*2024-03 *\n.*Laos +0 = low base +8 \\+\\+ \\+700% +0 = low base"
  ARGS --data ${FIXTURES}/trends.json trends --period month --periods 3)
accord_cli_test("trends year-only events" EXIT 0 OUT "events are dated to a year only: counted in years, not in quarters"
  ARGS trends)
accord_cli_test("trends bad period" EXIT 2 ERR "--period takes month, quarter or year, not \"week\""
  ARGS --data ${FIXTURES}/trends.json trends --period week)
accord_cli_test("trends bad rows" EXIT 2 ERR "--by takes partner or topic"
  ARGS --data ${FIXTURES}/trends.json trends --by type)
accord_cli_test("trends bad periods" EXIT 2 ERR "--periods takes a whole number from 1, not \"0\""
  ARGS --data ${FIXTURES}/trends.json trends --periods 0)

# network: the small fixture's network, ranked (its edges counted by hand in
# tests/unit/test_cooperation_network.cpp's world, the same rules)
accord_cli_test("network by degree" EXIT 0
  OUT "rank +name +kind +degree +weight +id.*1 +Laos +country +6.0 +9.0 +LAO\n2 +Vietnam +country +5.0 +7.0 +VNM.*8 nodes, 13 linked pairs"
  ARGS --data ${FIXTURES}/small.json network --top 5)
accord_cli_test("network betweenness as of" EXIT 0
  OUT "betweenness.*1 +Laos +country +8.0 .*7 nodes, 11 linked pairs .* as of 2022" NOT_OUT "Thailand"
  ARGS --data ${FIXTURES}/small.json network --measure betweenness --as-of 2022)
accord_cli_test("network top and cap" EXIT 0 OUT "2 nodes, 1 linked pairs .*\\(the 2 heaviest of 8\\)" NOT_OUT "\n3 "
  ARGS --data ${FIXTURES}/small.json network --measure eigenvector --nodes 2)
accord_cli_test("network on the shipped data" EXIT 0 OUT "1 +Vietnam +country" ARGS network --top 3)
accord_cli_test("network bad measure" EXIT 2 ERR "--measure takes degree, weighted, betweenness or eigenvector"
  ARGS --data ${FIXTURES}/small.json network --measure pagerank)
accord_cli_test("network bad date" EXIT 2 ERR "--as-of \"soon\" is not a date"
  ARGS --data ${FIXTURES}/small.json network --as-of soon)
accord_cli_test("network bad top" EXIT 2 ERR "--top takes a whole number from 1"
  ARGS --data ${FIXTURES}/small.json network --top none)
accord_cli_test("network nothing by then" EXIT 1 OUT "0 nodes"
  ARGS --data ${FIXTURES}/small.json network --as-of 1990)

# On the shipped dataset (the default --data)
accord_cli_test("shipped dataset validates" EXIT 0 OUT "dataset.json: valid" ARGS validate)
accord_cli_test("shipped: to lam finds Tô Lâm's events" EXIT 0 OUT "2021-08-03.*Cambodia.*2024-05-20.*Indonesia"
  ARGS events --text "to lam")
accord_cli_test("shipped: Laos partner" EXIT 0 OUT "2024-10-14.*Laos" NOT_OUT "Indonesia"
  ARGS events --partner Laos)

# export then validate the export: the shipped dataset round-trips through the CLI
set(EXPORTED ${CMAKE_CURRENT_BINARY_DIR}/exported.json)
accord_cli_test("export json" EXIT 0 ARGS export --out ${EXPORTED} --force)  # --force: safe to run twice
accord_cli_test("exported json validates" EXIT 0 OUT "valid" ARGS --data ${EXPORTED} validate)
set_tests_properties("cli: exported json validates" PROPERTIES DEPENDS "cli: export json")

# extract: an article's text -> a draft event (fixtures: tests/fixtures/articles)
set(ARTICLES ${FIXTURES}/articles)
set(NOW --today 2026-11-23)
accord_cli_test("extract draft with spans" EXIT 0
  OUT "\"value\": \"2025-06-04\",[^}]*\"basis\": \"publication_date\".*\"name\": \"Kittirat Phanphet\".*\"spans\": .[ \n]*.[ \n]*[0-9]+,[ \n]*[0-9]+"
  ARGS extract ${NOW} ${ARTICLES}/en_thailand_scams.txt)
accord_cli_test("extract record" EXIT 0
  OUT "\"event_date\": \"2024-12-12\".*\"city\": \"Phnom Penh\".*\"countries\": .[^a-z]*\"Vietnam\",[^a-z]*\"Cambodia\".*\"event_type\": \"talks\""
  ARGS extract ${NOW} --format record ${ARTICLES}/en_cambodia_weekday.txt)
accord_cli_test("extract text, Vietnamese" EXIT 0 OUT "date +2025-10-14 \\(role: .*place +Hanoi, Vietnam.*person +Luong Tam Quang"
  ARGS extract ${NOW} --format text ${ARTICLES}/vi_lao_hoidam.txt)
accord_cli_test("extract Vietnamese without diacritics" EXIT 0 OUT "\"event_date\": \"2026-04-09\".*\"city\": \"Beijing\""
  ARGS extract ${NOW} --format record ${ARTICLES}/vi_khongdau_trungquoc.txt)
accord_cli_test("extract --published gives the year" EXIT 0 OUT "\"event_date\": \"2021-12-12\""
  ARGS extract --published 2022-01-03 --format record ${ARTICLES}/en_cambodia_weekday.txt)
accord_cli_test("extract ignores a broken dataset" EXIT 0 OUT "\"event_date\": \"2024-10-15\""
  ARGS --data ${FIXTURES}/broken-refs.json extract ${NOW} --format record ${ARTICLES}/fr_laos_visite.txt)
add_test(NAME "cli: extract reads standard input"
  COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:accord>|extract|--today|2026-11-23|--format|record|-"
          -DEXIT=0 "-DOUT=\"event_date\": \"2024-10-15\".*\"city\": \"Vientiane\"" -DSTDIN=${ARTICLES}/fr_laos_visite.txt
          -P ${CLI_CHECK})

# --jsonl: one JSON object per line in, one record per line out
set(BATCH ${CMAKE_CURRENT_BINARY_DIR}/batch.jsonl)
file(WRITE ${BATCH} "{\"id\": \"a\", \"text\": \"Laos talks\\nThe two ministers held talks in Vientiane on July 11.\", \"published\": \"2024-07-12\"}\n{\"id\": \"b\", \"text\": \"Hội đàm\\nSáng 20/5, tại Hà Nội, hai Bộ trưởng đã hội đàm.\", \"published\": \"2024-05-21\"}\n")
set(BATCH_BAD ${CMAKE_CURRENT_BINARY_DIR}/batch-bad.jsonl)
file(WRITE ${BATCH_BAD} "{\"text\": \"Talks\\nThe ministers met in Hanoi on May 2.\", \"published\": \"2024-05-03\"}\n{\"text\": 5}\nnot json\n{\"text\": \"x\", \"published\": \"2024-13-01\"}\n")
accord_cli_test("extract --jsonl" EXIT 0
  OUT "^.\"event_date\":\"2024-07-11\",[^\n]*\"city\":\"Vientiane\"[^\n]*\"id\":\"a\".\n.\"event_date\":\"2024-05-20\",[^\n]*\"city\":\"Hanoi\"[^\n]*\"id\":\"b\".\n$"
  ARGS extract --jsonl ${BATCH})
accord_cli_test("extract --jsonl reports bad lines and goes on" EXIT 1
  OUT "\"event_date\":\"2024-05-02\".*\"error\":\"needs a \\\\\"text\\\\\" string\".*\"error\":\"not a JSON object\""
  ERR "line 2: needs a \"text\" string.*line 3: not a JSON object.*line 4: \"published\" is not a date"
  ARGS extract --jsonl ${BATCH_BAD})

# bad input: a clear message and exit 1; usage errors exit 2
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/empty-article.txt "  \n\n")
string(REPEAT "Vietnam and Laos held talks. " 200000 OVERSIZE)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/oversize-article.txt "${OVERSIZE}")
accord_cli_test("extract missing file" EXIT 1 ERR "no-such-article.txt: cannot open the file"
  ARGS extract ${ARTICLES}/no-such-article.txt)
accord_cli_test("extract empty text" EXIT 1 ERR "empty-article.txt: refused: the text is empty"
  ARGS extract ${CMAKE_CURRENT_BINARY_DIR}/empty-article.txt)
accord_cli_test("extract binary file" EXIT 1 ERR "refused: binary data, not text"
  ARGS extract ${CMAKE_SOURCE_DIR}/web/icon-192.png)  # a small PNG: binary whatever the build
accord_cli_test("extract over-size input" EXIT 1 ERR "refused: the article is larger than 5 MB, the limit per article"
  ARGS extract ${CMAKE_CURRENT_BINARY_DIR}/oversize-article.txt)
accord_cli_test("extract needs a file" EXIT 2 ERR "extract needs one FILE" ARGS extract)
accord_cli_test("extract bad format" EXIT 2 ERR "--format takes draft, record or text" ARGS extract --format xml -)
accord_cli_test("extract bad publication date" EXIT 2 ERR "--published \"2024-02-30\" is not a date"
  ARGS extract --published 2024-02-30 -)
accord_cli_test("extract --jsonl takes no value" EXIT 2 ERR "--jsonl takes no value" ARGS extract --jsonl=yes -)
accord_cli_test("extract bad gazetteer folder" EXIT 1 ERR "no-such-dir/countries.json: cannot open the file"
  ARGS extract --gazetteer ${FIXTURES}/no-such-dir ${ARTICLES}/fr_laos_visite.txt)

# synth: a synthetic dataset that needs no dataset to run, and validates
set(SYNTH ${CMAKE_CURRENT_BINARY_DIR}/synth-200.json)
accord_cli_test("synth writes a file" EXIT 0 OUT "wrote 200 events \\(seed 7\\) to .*synth-200.json"
  ARGS --data ${FIXTURES}/no-such-file.json synth 200 --seed 7 --out ${SYNTH} --force)
accord_cli_test("synth output validates" EXIT 0 OUT "valid \\(200 events" ARGS --data ${SYNTH} validate)
set_tests_properties("cli: synth output validates" PROPERTIES DEPENDS "cli: synth writes a file")
accord_cli_test("synth to standard output" EXIT 0 OUT "^{\n  \"schema_version\": 1,.*\"id\": \"ev-0000003\"" ARGS synth 3 --seed 1)
accord_cli_test("synth bad N" EXIT 2 ERR "synth N must be a whole number of events, not \"-5\"" ARGS synth -5)
accord_cli_test("synth N over the cap" EXIT 2 ERR "synth N is at most 5000000 events \\(asked for 5000001\\)" ARGS synth 5000001)
accord_cli_test("synth needs N" EXIT 2 ERR "synth needs one N" ARGS synth)
accord_cli_test("synth bad seed" EXIT 2 ERR "--seed takes a whole number, not \"x\"" ARGS synth 10 --seed x)

# Commands that change a dataset file, each on its own copy of a fixture.
# accord_cli_edit_test(NAME FROM fixture [BACKUP_FROM fixture] EXIT code [OUT/NOT_OUT/ERR regex] [SAME]
#                      [THEN args... THEN_OUT regex] ARGS args...) where %WORK% is the copy.
set(CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli-work)
file(MAKE_DIRECTORY ${CLI_WORK})
function(accord_cli_edit_test name)
  cmake_parse_arguments(T "SAME" "FROM;BACKUP_FROM;HISTORY_FROM;EXIT;OUT;NOT_OUT;ERR;THEN_OUT" "ARGS;THEN" ${ARGN})
  string(MAKE_C_IDENTIFIER "${name}" file)
  set(defs -DEXIT=${T_EXIT} -DWORK_FROM=${T_FROM} -DWORK=${CLI_WORK}/${file}.json)
  if(DEFINED T_BACKUP_FROM)
    list(APPEND defs -DBACKUP_FROM=${T_BACKUP_FROM})
  endif()
  if(DEFINED T_HISTORY_FROM)
    list(APPEND defs -DHISTORY_FROM=${T_HISTORY_FROM})
  endif()
  foreach(key OUT NOT_OUT ERR THEN_OUT)
    if(DEFINED T_${key})
      list(APPEND defs "-D${key}=${T_${key}}")
    endif()
  endforeach()
  if(T_SAME)
    list(APPEND defs -DSAME=1)
  endif()
  if(T_THEN)
    string(JOIN "|" then "$<TARGET_FILE:accord>" ${T_THEN})
    list(APPEND defs "-DTHEN=${then}")
  endif()
  string(JOIN "|" cmd "$<TARGET_FILE:accord>" ${T_ARGS})
  add_test(NAME "cli: ${name}" COMMAND ${CMAKE_COMMAND} "-DCMD=${cmd}" ${defs} -P ${CLI_CHECK})
endfunction()

set(SMALL ${FIXTURES}/small.json)
accord_cli_edit_test("add an article" FROM ${SMALL} EXIT 0
  OUT "event ev-2024-12-12-vnm-khm-talks: .*new country KHM \\(Cambodia\\).*added ev-2024-12-12-vnm-khm-talks to "
  THEN --data %WORK% show ev-2024-12-12-vnm-khm-talks THEN_OUT "Phnom Penh"
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt --into %WORK% --today 2026-11-23 --publisher "Test Wire")
accord_cli_edit_test("add dry run writes nothing" FROM ${SMALL} EXIT 0 SAME
  OUT "new person p-.*dry run: .* not changed"
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt --into %WORK% --today 2026-11-23 --dry-run)
accord_cli_test("add needs --into" EXIT 2 ERR "add needs --into DATASET"
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt)
accord_cli_edit_test("add to a damaged dataset is refused" FROM ${FIXTURES}/truncated.json EXIT 1 SAME
  ERR "is_refused.json:12:31: not valid JSON.*does not load; nothing was changed"
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt --into %WORK% --today 2026-11-23)
# Every write keeps the file valid; a refused one leaves it byte-identical.
accord_cli_edit_test("add a person with only a rank" FROM ${SMALL} EXIT 0
  OUT "new person p-choi-jae.*has only a rank \\(Major General\\), kept as the role's title.*added ev-"
  THEN --data %WORK% validate THEN_OUT "valid \\(4 events"
  ARGS add ${FIXTURES}/articles/en_korea_coastguard_rank.txt --into %WORK% --today 2026-11-23)
accord_cli_edit_test("add an undated article is refused" FROM ${SMALL} EXIT 1 SAME
  ERR "the article gives no date.*nothing was added; .* is unchanged"
  ARGS add ${FIXTURES}/undated-article.txt --into %WORK% --today 2026-11-23)
# One event, many reports (tests/fixtures/reports: our own words). with-talks.json
# has the English report of the Phnom Penh talks; with-both-reports.json the French too.
set(REPORTS ${FIXTURES}/reports)
accord_cli_edit_test("add a report of an event already listed makes it another source" FROM ${REPORTS}/with-talks.json
  EXIT 0 OUT "report of ev-2025-03-12-vnm-khm-talks \\(score [0-9.]+; dates a day apart.*same person: Nguyen Van Binh.*added source src-2025-03-13-vnm-khm-talks to ev-2025-03-12-vnm-khm-talks"
  THEN --data %WORK% show ev-2025-03-12-vnm-khm-talks THEN_OUT "\\[fr\\].*sources disagree.*date: 2025-03-13 says"
  ARGS add ${REPORTS}/kh_fraud_talks_fr.txt --into %WORK% --today 2026-11-23)
accord_cli_edit_test("add a possible report asks and changes nothing" FROM ${REPORTS}/with-talks.json EXIT 1 SAME
  OUT "possible report of ev-2025-03-12-vnm-khm-talks \\(score [0-9.]+; same day 2025-03-12;.*same place: Phnom Penh.*say --same ev-2025-03-12-vnm-khm-talks or --new"
  ERR "nothing was added"
  ARGS add ${REPORTS}/kh_courtesy_call.txt --into %WORK% --today 2026-11-23)
accord_cli_edit_test("add --same makes it a source of that event" FROM ${REPORTS}/with-talks.json EXIT 0
  OUT "report of ev-2025-03-12-vnm-khm-talks.*added source src-2025-03-12-vnm-khm-.* to ev-2025-03-12-vnm-khm-talks"
  THEN --data %WORK% validate THEN_OUT "valid \\(4 events"
  ARGS add ${REPORTS}/kh_courtesy_call.txt --into %WORK% --today 2026-11-23 --same ev-2025-03-12-vnm-khm-talks)
accord_cli_edit_test("add --new makes its own event" FROM ${REPORTS}/with-talks.json EXIT 0
  OUT "added ev-2025-03-12-vnm-khm-.* to " NOT_OUT "report of"
  THEN --data %WORK% validate THEN_OUT "valid \\(5 events"
  ARGS add ${REPORTS}/kh_courtesy_call.txt --into %WORK% --today 2026-11-23 --new)
accord_cli_test("add takes --same or --new, not both" EXIT 2 ERR "--same ID or --new, not both"
  ARGS add ${REPORTS}/kh_courtesy_call.txt --into ${REPORTS}/with-talks.json --same ev-1 --new)
accord_cli_edit_test("add --jsonl groups the reports and sums up" FROM ${SMALL} EXIT 0
  OUT "line 2 \\(kh_fraud_talks_fr\\): report of ev-2025-03-12-vnm-khm-talks.*line 3 \\(kh_fraud_talks_next_year\\): new event.*line 4 \\(kh_courtesy_call\\): possible report of ev-2025-03-12-vnm-khm-talks.*4 articles: 2 events made, 1 report merged, 1 decision left to the user, 0 not added.*saved "
  THEN --data %WORK% validate THEN_OUT "valid \\(5 events"
  ARGS add --jsonl ${REPORTS}/reports.jsonl --into %WORK% --today 2026-11-23)
accord_cli_edit_test("split takes a merged report back out" FROM ${REPORTS}/with-both-reports.json EXIT 0
  OUT "split source src-2025-03-13-vnm-khm-talks from ev-2025-03-12-vnm-khm-talks into ev-2025-03-13-vnm-khm-talks"
  THEN --data %WORK% show ev-2025-03-13-vnm-khm-talks THEN_OUT "Le Vietnam et le Cambodge.*2025-03-13.*Nguyen Van Binh"
  ARGS split ev-2025-03-12-vnm-khm-talks --source src-2025-03-13-vnm-khm-talks --from %WORK%)
accord_cli_edit_test("split refuses an event's first source" FROM ${REPORTS}/with-both-reports.json EXIT 1 SAME
  ERR "is the first source of event ev-2025-03-12-vnm-khm-talks.*nothing was changed"
  ARGS split ev-2025-03-12-vnm-khm-talks --source src-2025-03-12-vnm-khm-talks --from %WORK%)
# other-outlet.json: a third outlet's report of those talks, as a dataset of its own.
accord_cli_edit_test("import of another dataset's report of our event merges it as another source" FROM ${REPORTS}/with-talks.json EXIT 0
  OUT "1 report merged into an event.*another report: ev-wire-scam-talks merged into ev-2025-03-12-vnm-khm-talks \\(source src-wire-scam-talks\\): 3 facts added, 2 disagreements kept.*saved "
  NOT_OUT "conflict: event"
  THEN --data %WORK% show ev-2025-03-12-vnm-khm-talks THEN_OUT "720 victims.*Mekong Wire.*sources disagree.*date: 2025-03-13 says"
  ARGS import ${REPORTS}/other-outlet.json --into %WORK%)
# The way back from a damaged file
accord_cli_edit_test("a damaged file names the restore command" FROM ${FIXTURES}/truncated.json BACKUP_FROM ${SMALL}
  EXIT 1 SAME ERR "does not load; nothing was changed.*\\.bak loads \\(3 events\\). To go back to it: accord restore "
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt --into %WORK% --today 2026-11-23)
accord_cli_edit_test("validate names the restore command" FROM ${FIXTURES}/truncated.json BACKUP_FROM ${SMALL}
  EXIT 1 SAME ERR "not valid JSON.*accord restore .*accord --data .*\\.bak"
  ARGS --data %WORK% validate)
accord_cli_edit_test("events on a damaged file names the restore command" FROM ${FIXTURES}/truncated.json
  BACKUP_FROM ${SMALL} EXIT 1 SAME ERR "not valid JSON.*accord restore "
  ARGS --data %WORK% events)
accord_cli_edit_test("restore puts the backup back" FROM ${FIXTURES}/truncated.json BACKUP_FROM ${SMALL} EXIT 0
  OUT "restored .* from .*\\.bak; the damaged version is kept as .*\\.corrupt"
  THEN --data %WORK% validate THEN_OUT "valid \\(3 events"
  ARGS restore %WORK%)
accord_cli_edit_test("restore leaves a file that loads" FROM ${SMALL} BACKUP_FROM ${SMALL} EXIT 1 SAME
  ERR "loads; restore only replaces a file that does not"
  ARGS restore %WORK%)
accord_cli_edit_test("restore with no backup" FROM ${FIXTURES}/truncated.json EXIT 1 SAME
  ERR "no backup to restore"
  ARGS restore %WORK%)
# export never replaces a file silently; the format follows the extension
accord_cli_edit_test("export refuses to replace a file" FROM ${SMALL} EXIT 1 SAME
  ERR "exists; export never replaces a file unless given --force.*Nothing was written"
  ARGS export --out %WORK%)
accord_cli_edit_test("export --force keeps the old file as a backup" FROM ${FIXTURES}/truncated.json EXIT 0
  ERR "replaced .*; the previous version is .*\\.bak"
  THEN --data %WORK% validate THEN_OUT "valid \\(17 events"
  ARGS export --out %WORK% --force)
set(EXPORTED_CSV ${CMAKE_CURRENT_BINARY_DIR}/exported.csv)
accord_cli_test("export to a .csv writes CSV" EXIT 0 ARGS --data ${SMALL} export --out ${EXPORTED_CSV} --force)
accord_cli_edit_test("the exported .csv imports as CSV" FROM ${SMALL} EXIT 0 SAME
  OUT "0 events added, 3 already present, 0 conflicts"
  ARGS import ${EXPORTED_CSV} --into %WORK% --dry-run)
set_tests_properties("cli: the exported .csv imports as CSV" PROPERTIES DEPENDS "cli: export to a .csv writes CSV")
# Imports are all or nothing; --dry-run says exactly what the real run does
accord_cli_edit_test("import with one refused record changes nothing" FROM ${SMALL} EXIT 1 SAME
  ERR "import-one-refused.json: events\\[1\\].participants\\[0\\].person: \"p-nobody\" is not a known person id\naccord: .*import-one-refused.json has problems; nothing was imported and .* is unchanged \\(--skip-bad imports the records"
  ARGS import ${FIXTURES}/import-one-refused.json --into %WORK%)
accord_cli_edit_test("import --dry-run reports the same as the real run" FROM ${SMALL} EXIT 1 SAME
  ERR "import-one-refused.json: events\\[1\\].participants\\[0\\].person: \"p-nobody\".*nothing was imported"
  ARGS import ${FIXTURES}/import-one-refused.json --into %WORK% --dry-run)
accord_cli_edit_test("import --skip-bad imports the rest, without the source only it cited" FROM ${SMALL} EXIT 0
  OUT "skipped 1 refused record \\(--skip-bad\\).*saved"
  THEN --data %WORK% events --text "hotline between border posts" THEN_OUT "ev-import-good"
  ARGS import ${FIXTURES}/import-one-refused.json --into %WORK% --skip-bad)
accord_cli_edit_test("import --skip-bad leaves out an unused source" FROM ${SMALL} EXIT 0
  THEN --data %WORK% stats THEN_OUT "sources +2\n"
  ARGS import ${FIXTURES}/import-one-refused.json --into %WORK% --skip-bad)
# Every door refuses what validate refuses: each file under invalid/ is
# refused by validate and by import (with --skip-bad too, when the whole
# file is at fault), with the same words, and the user's file is left
# byte-identical.
set(INVALID_FIXTURE_PROBLEMS
  "amendment-circle|agreements\\[2\\].amends: \"ag-left\" → \"ag-right\" → \"ag-left\" goes round in a circle \\(2 records\\)"
  "end-before-start|events\\[3\\].end_date: 2023-05-08 is before date 2023-05-10"
  "overlong-title|events\\[3\\].title: is 1,513 characters long, more than the 1,000 a one-line field may have: \"Border talks and more[a-z ]*…\" \\(1,513 characters\\)"
  "part-of-circle|events\\[3\\].part_of: \"ev-outer\" → \"ev-inner\" → \"ev-outer\" goes round"
  "self-amending|agreements\\[2\\].amends: an agreement cannot amend itself"
  "unknown-topic|events\\[3\\].topics\\[0\\]: \"weather_control\" is not in the topic vocabulary")
file(GLOB invalid_fixtures ${FIXTURES}/invalid/*.json)
list(LENGTH invalid_fixtures invalid_count)
list(LENGTH INVALID_FIXTURE_PROBLEMS invalid_expected)
if(NOT invalid_count EQUAL invalid_expected)
  message(FATAL_ERROR "tests/fixtures/invalid has ${invalid_count} files; INVALID_FIXTURE_PROBLEMS names ${invalid_expected}")
endif()
foreach(entry IN LISTS INVALID_FIXTURE_PROBLEMS)
  string(FIND "${entry}" "|" bar)
  string(SUBSTRING "${entry}" 0 ${bar} name)
  math(EXPR after "${bar} + 1")
  string(SUBSTRING "${entry}" ${after} -1 problem)
  accord_cli_test("validate refuses invalid/${name}" EXIT 1 ERR "invalid/${name}.json: ${problem}"
    ARGS --data ${FIXTURES}/invalid/${name}.json validate)
  accord_cli_edit_test("import refuses invalid/${name} as validate does" FROM ${SMALL} EXIT 1 SAME
    ERR "invalid/${name}.json: ${problem}.*nothing was imported and .* is unchanged"
    ARGS import ${FIXTURES}/invalid/${name}.json --into %WORK%)
endforeach()

accord_cli_edit_test("import json with a duplicate id is refused" FROM ${SMALL} EXIT 1 SAME
  ERR "import-duplicate-ids.json: events\\[3\\].id: \"ev-1\" is used twice.*nothing was imported"
  ARGS import ${FIXTURES}/import-duplicate-ids.json --into %WORK%)
accord_cli_edit_test("import a spreadsheet's csv with its notes" FROM ${SMALL} EXIT 0
  OUT "note: read with ';' as the separator \\(a sep=; line\\).*note: column \"notes\" \\(column 9\\).*ignored.*DD/MM/YYYY \\(day first\\).*Excel date serials.*3 events added"
  THEN --data %WORK% show ev-xl-3 THEN_OUT "=Agreement signed; summary still to write"
  ARGS import ${FIXTURES}/csv/excel-semicolon.csv --into %WORK%)
accord_cli_edit_test("import csv" FROM ${SMALL} EXIT 0
  OUT "1 event added \\(and 1 other record\\), 1 already present, 0 conflicts.*saved"
  THEN --data %WORK% show ev-csv-1 THEN_OUT "Talks on scams, Bangkok"
  ARGS import ${FIXTURES}/csv/new-events.csv --into %WORK%)
accord_cli_edit_test("import csv dry run" FROM ${SMALL} EXIT 0 SAME OUT "1 event added.*dry run"
  ARGS import ${FIXTURES}/csv/new-events.csv --into %WORK% --dry-run)
accord_cli_edit_test("import csv with a bad date" FROM ${SMALL} EXIT 1 SAME
  ERR "bad-date.csv:3:10: field date: \"2024-13-01\" is not a date.*nothing was imported"
  ARGS import ${FIXTURES}/csv/bad-date.csv --into %WORK%)
accord_cli_edit_test("import csv with an unclosed quote" FROM ${SMALL} EXIT 1 SAME
  ERR "unclosed-quote.csv:2:51: this quote is never closed"
  ARGS import ${FIXTURES}/csv/unclosed-quote.csv --into %WORK%)
accord_cli_edit_test("import truncated json" FROM ${SMALL} EXIT 1 SAME
  ERR "truncated.json:12:31: not valid JSON"
  ARGS import ${FIXTURES}/truncated.json --into %WORK%)
accord_cli_edit_test("import a dataset into itself" FROM ${SMALL} EXIT 0 SAME
  OUT "0 events added, 14 already present, 0 conflicts.*nothing to add"
  ARGS import ${SMALL} --into %WORK%)
accord_cli_edit_test("import a missing file" FROM ${SMALL} EXIT 1 SAME ERR "no-such.json: cannot open the file"
  ARGS import ${FIXTURES}/no-such.json --into %WORK%)
accord_cli_edit_test("delete an event" FROM ${SMALL} EXIT 0 OUT "deleted event ev-1 from "
  THEN --data %WORK% validate THEN_OUT "valid \\(2 events, 2 agreements, 1 person"
  ARGS delete ev-1 --from %WORK%)
accord_cli_edit_test("delete a person" FROM ${SMALL} EXIT 0 OUT "deleted person p-nguyen"
  THEN --data %WORK% validate THEN_OUT "valid \\(3 events, 2 agreements, 0 people"
  ARGS delete p-nguyen --from %WORK%)
accord_cli_edit_test("delete an unknown id" FROM ${SMALL} EXIT 1 SAME
  ERR "no event, agreement or person in .* has the id \"ev-nope\""
  ARGS delete ev-nope --from %WORK%)
# The change log and undo history beside a dataset (#14): every command that
# changes it logs the change; accord log prints it, whole or for one record.
accord_cli_edit_test("add then log shows the change" FROM ${SMALL} EXIT 0 OUT "added ev-2024-12-12-vnm-khm-talks"
  THEN --data %WORK% log ev-2024-12-12-vnm-khm-talks
  THEN_OUT "^20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9:]+Z  Add event ev-2024-12-12-vnm-khm-talks  \\(accord add, from https://example.org/phnom-penh-talks\\)  ev-2024-12-12-vnm-khm-talks, "
  ARGS add ${FIXTURES}/articles/en_cambodia_weekday.txt --into %WORK% --today 2026-11-23
       --url https://example.org/phnom-penh-talks)
accord_cli_edit_test("delete then log names the deleted record" FROM ${SMALL} EXIT 0
  THEN --data %WORK% log THEN_OUT "Delete event ev-1  \\(accord delete\\)  ev-1"
  ARGS delete ev-1 --from %WORK%)
accord_cli_edit_test("import then log names the file" FROM ${SMALL} EXIT 0
  THEN --data %WORK% log THEN_OUT "Z  Import [^ ]*import-one-refused.json  \\(accord import, from [^)]*import-one-refused.json\\)"
  ARGS import ${FIXTURES}/import-one-refused.json --into %WORK% --skip-bad)
accord_cli_test("log of a dataset never changed" EXIT 0 OUT "no changes logged for .*small.json"
  ARGS --data ${SMALL} log)
accord_cli_test("log of a record no change touched" EXIT 1 OUT "no logged change of .* touched ev-1"
  ARGS --data ${SMALL} log ev-1)
accord_cli_edit_test("a stale undo history is dropped, not applied" FROM ${SMALL}
  HISTORY_FROM ${FIXTURES}/stale.history.json EXIT 0
  ERR "note: The undo history .*history.json was dropped: it belongs to another version"
  ARGS delete ev-1 --from %WORK%)
# snapshot: the binary snapshot opens wherever JSON does and answers the same
set(SNAP ${CMAKE_CURRENT_BINARY_DIR}/fixture-small.snap)
accord_cli_test("snapshot writes a file" EXIT 0 OUT "wrote a snapshot of 3 events to .*fixture-small.snap"
  ARGS snapshot ${FIXTURES}/small.json ${SNAP} --force)
accord_cli_test("snapshot answers like its JSON" EXIT 0 OUT "ev-1.*ev-2.*2 events" NOT_OUT "ev-3"
  ARGS --data ${SNAP} events --partner "Lao PDR")
set_tests_properties("cli: snapshot answers like its JSON" PROPERTIES DEPENDS "cli: snapshot writes a file")
# --no-index: format 3 (the dataset only), which opens and answers the same.
set(SNAP3 ${CMAKE_CURRENT_BINARY_DIR}/fixture-small-v3.snap)
accord_cli_test("snapshot --no-index writes a file" EXIT 0 OUT "wrote a snapshot of 3 events to .*fixture-small-v3.snap"
  ARGS snapshot ${FIXTURES}/small.json ${SNAP3} --force --no-index)
accord_cli_test("snapshot without its index answers like its JSON" EXIT 0 OUT "ev-1.*ev-2.*2 events" NOT_OUT "ev-3"
  ARGS --data ${SNAP3} events --partner "Lao PDR")
set_tests_properties("cli: snapshot without its index answers like its JSON" PROPERTIES
  DEPENDS "cli: snapshot --no-index writes a file")
accord_cli_test("snapshot of broken JSON writes nothing" EXIT 1 ERR "was not read; no snapshot written"
  ARGS snapshot ${FIXTURES}/no-such-file.json ${CMAKE_CURRENT_BINARY_DIR}/never.snap)
accord_cli_test("snapshot needs two paths" EXIT 2 ERR "snapshot needs IN.json and OUT.snap" ARGS snapshot x.json)
# A file that exists is never replaced unless asked (--force keeps it as .bak).
accord_cli_edit_test("snapshot never replaces a file" FROM ${SMALL} EXIT 1 SAME
  ERR "exists; snapshot never replaces a file unless given --force .*Nothing was written"
  ARGS snapshot ${FIXTURES}/small.json %WORK%)
accord_cli_edit_test("synth never replaces a file" FROM ${SMALL} EXIT 1 SAME
  ERR "exists; synth never replaces a file unless given --force .*Nothing was written"
  ARGS synth 5 --out %WORK%)
set(SYNTH_SNAP ${CMAKE_CURRENT_BINARY_DIR}/synth-200.snap)
accord_cli_test("synth writes a snapshot" EXIT 0 OUT "wrote 200 events \\(seed 7\\) to .*synth-200.snap"
  ARGS synth 200 --seed 7 --format snapshot --out ${SYNTH_SNAP} --force)
accord_cli_test("synth snapshot validates" EXIT 0 OUT "valid \\(200 events" ARGS --data ${SYNTH_SNAP} validate)
set_tests_properties("cli: synth snapshot validates" PROPERTIES DEPENDS "cli: synth writes a snapshot")
accord_cli_test("synth snapshot needs --out" EXIT 2 ERR "synth --format snapshot needs --out FILE"
  ARGS synth 5 --format snapshot)
accord_cli_test("a corrupt snapshot is refused" EXIT 1 ERR "not-a-snapshot.snap: truncated snapshot"
  ARGS --data ${FIXTURES}/not-a-snapshot.snap stats)
# Many writers at once on one file: the lock makes them take turns, none is lost.
add_test(NAME "cli: concurrent writers lose no change"
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/concurrent_writers.sh $<TARGET_FILE:accord> ${FIXTURES}
          ${CMAKE_CURRENT_BINARY_DIR}/concurrent-writers)

# Exchange formats (docs/exchange-formats.md): export for other tools, import back
set(EXCHANGE ${FIXTURES}/exchange)
accord_cli_test("export gdelt" EXIT 0
  OUT "^1\t20220301\t202203\t2022\t2022.2493\tVNMCOP\tVIETNAM\tVNM\t\t\t\t\tCOP\t\t\tLAOGOV\t[^\n]*\t1\t046\t046\t04\t1\t7.0\t[^\n]*\taccord:event=ev-1&date=2022-03-01&precision=day&basis=stated\n"
  ARGS --data ${SMALL} export --format gdelt)
accord_cli_test("export gdelt --header" EXIT 0 OUT "^GLOBALEVENTID\tSQLDATE\tMonthYear\t[^\n]*\tDATEADDED\tSOURCEURL\n1\t"
  ARGS --data ${SMALL} export --format gdelt --header)
accord_cli_test("export --header is for gdelt" EXIT 2 ERR "--header is for --format gdelt"
  ARGS --data ${SMALL} export --format csv --header)
accord_cli_test("export plover" EXIT 0
  OUT "^.\"id\":\"ev-1-1\",\"date\":\"2022-03-01\",[^\n]*\"event\":\"CONSULT\",\"mode\":\"visit\",\"context\":.\"illegal_drugs\",\"territory\".,\"actor\":\"Vietnam\""
  ARGS --data ${SMALL} export --format plover)
accord_cli_test("export acled" EXIT 0
  OUT "^event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,[^\n]*\nev-1,2022-03-01,1,Strategic developments,Agreement,Police Forces of Vietnam,"
  ARGS --data ${SMALL} export --format acled)
accord_cli_test("export an unknown format" EXIT 2 ERR "--format takes json, csv, gdelt, plover, acled, timeline, gexf or graphml, not \"xml\""
  ARGS --data ${SMALL} export --format xml)
# The shipped dataset as TimelineJS and ACLED, back into a copy of itself: nothing new, nothing changed
set(EXPORTED_TIMELINE ${CMAKE_CURRENT_BINARY_DIR}/exported-timeline.json)
accord_cli_test("export timeline" EXIT 0 ARGS --data ${SMALL} export --format timeline --out ${EXPORTED_TIMELINE} --force)
accord_cli_edit_test("the exported timeline imports as the same events" FROM ${SMALL} EXIT 0 SAME
  OUT "0 events added, 3 already present, 0 conflicts"
  ARGS import ${EXPORTED_TIMELINE} --into %WORK%)
set_tests_properties("cli: the exported timeline imports as the same events" PROPERTIES DEPENDS "cli: export timeline")
set(EXPORTED_ACLED ${CMAKE_CURRENT_BINARY_DIR}/exported-acled.csv)
accord_cli_test("export acled to a file" EXIT 0 ARGS --data ${SMALL} export --format acled --out ${EXPORTED_ACLED} --force)
accord_cli_edit_test("the exported acled csv imports as the same events" FROM ${SMALL} EXIT 0 SAME
  OUT "0 events added, 3 already present, 0 conflicts"
  ARGS import ${EXPORTED_ACLED} --into %WORK%)
set_tests_properties("cli: the exported acled csv imports as the same events" PROPERTIES DEPENDS "cli: export acled to a file")
accord_cli_edit_test("import a TimelineJS file" FROM ${SMALL} EXIT 0
  OUT "2 events added \\(and 1 other record\\), 0 already present, 0 conflicts.*saved"
  THEN --data %WORK% show ev-tl-drill THEN_OUT "Joint hotline drill with Lao border posts.*2025-06"
  ARGS import ${EXCHANGE}/timeline-new.json --into %WORK%)
accord_cli_edit_test("import an ACLED-style csv" FROM ${SMALL} EXIT 0
  OUT "1 event added \\(and 1 other record\\), 0 already present, 0 conflicts.*saved"
  THEN --data %WORK% events --partner Thailand --type signing THEN_OUT "ev-acled-1"
  ARGS import ${EXCHANGE}/acled-new.csv --into %WORK%)
accord_cli_edit_test("import acled with a bad row names it" FROM ${SMALL} EXIT 1 SAME
  ERR "acled-bad-row.csv:3:14: field event_date: row 2: \"2025-02-30\" is not a date.*nothing was imported and .* is unchanged"
  ARGS import ${EXCHANGE}/acled-bad-row.csv --into %WORK%)
accord_cli_edit_test("import a bad TimelineJS slide names it" FROM ${SMALL} EXIT 1 SAME
  ERR "timeline-bad.json: events\\[1\\].start_date.month: \"April\" is not a number.*nothing was imported"
  ARGS import ${EXCHANGE}/timeline-bad.json --into %WORK%)
accord_cli_edit_test("import --format timeline on a dataset is refused" FROM ${SMALL} EXIT 1 SAME
  ERR "small.json: events\\[0\\].start_date: is missing"
  ARGS import ${SMALL} --into %WORK% --format timeline)
accord_cli_test("import an unknown format" EXIT 2 ERR "import --format takes json, csv, timeline or acled, not \"gdelt\""
  ARGS import x.tsv --into y.json --format gdelt)
# The network as GEXF and GraphML (the extension picks the format), well-formed for xmllint
set(EXPORTED_GEXF ${CMAKE_CURRENT_BINARY_DIR}/exported-network.gexf)
set(EXPORTED_GRAPHML ${CMAKE_CURRENT_BINARY_DIR}/exported-network.graphml)
accord_cli_test("export gexf" EXIT 0 ARGS export --out ${EXPORTED_GEXF} --force)
accord_cli_test("export graphml" EXIT 0 ARGS export --out ${EXPORTED_GRAPHML} --force)
accord_cli_test("export gexf to standard output" EXIT 0
  OUT "<gexf xmlns=\"http://gexf.net/1.3\"[^>]*version=\"1.3\">.*<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">.*<edge id=\"e1\" source=\"country:VNM\" target=\"mechanism:mech-interpol\" label=\"took_part_in\" weight=\"1\" start=\"2022-03-01\" end=\"2022-03-01\">"
  ARGS --data ${SMALL} export --format gexf)
find_program(XMLLINT xmllint)
if(XMLLINT)
  add_test(NAME "cli: exported gexf is well-formed XML" COMMAND ${XMLLINT} --noout ${EXPORTED_GEXF})
  set_tests_properties("cli: exported gexf is well-formed XML" PROPERTIES DEPENDS "cli: export gexf")
  add_test(NAME "cli: exported graphml is well-formed XML" COMMAND ${XMLLINT} --noout ${EXPORTED_GRAPHML})
  set_tests_properties("cli: exported graphml is well-formed XML" PROPERTIES DEPENDS "cli: export graphml")
else()
  message(STATUS "xmllint not found (libxml2-utils): the GEXF and GraphML files are checked by the unit tests only")
endif()
accord_cli_edit_test("a third report in a third language is a third source of the one event" FROM ${REPORTS}/with-both-reports.json
  EXIT 0 OUT "report of ev-2025-03-12-vnm-khm-talks \\(score [0-9.]+; same day 2025-03-12.*same person: Nguyen Van Binh.*added source .* to ev-2025-03-12-vnm-khm-talks"
  THEN --data %WORK% show ev-2025-03-12-vnm-khm-talks THEN_OUT "sources.*\\[en\\].*\\[fr\\].*\\[vi\\]"
  ARGS add ${REPORTS}/kh_fraud_talks_vi.txt --into %WORK% --today 2026-11-23)

# accord publish: a static site of the web app with a dataset (tests/cli/publish.sh
# runs it end to end on the stand-in bundle tests/fixtures/publish-web).
add_test(NAME "cli: publish writes a site and refuses bad data"
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/publish.sh $<TARGET_FILE:accord> ${FIXTURES}
          ${CMAKE_CURRENT_BINARY_DIR}/publish-work)
accord_cli_test("publish refuses an invalid dataset" EXIT 1
  ERR "broken-refs.json: events\\[0\\].countries\\[1\\]: \"XYZ\" is not a known country id.*nothing was published"
  ARGS publish ${FIXTURES}/broken-refs.json --out ${CMAKE_CURRENT_BINARY_DIR}/publish-refused
       --web ${FIXTURES}/publish-web)
accord_cli_test("publish needs the built web app" EXIT 1 ERR "the web app is not built: .*Run ./build-wasm.sh"
  ARGS publish ${FIXTURES}/small.json --out ${CMAKE_CURRENT_BINARY_DIR}/publish-refused --web ${FIXTURES}/no-such-web)
accord_cli_test("publish report" EXIT 0 OUT "atlas.json +[0-9]+ bytes.*\"Border atlas\" \\(home VNM\\): 12 files, [0-9]+ bytes.*3 events"
  ARGS publish ${FIXTURES}/small.json --out ${CMAKE_CURRENT_BINARY_DIR}/publish-report --web ${FIXTURES}/publish-web
       --title "Border atlas")

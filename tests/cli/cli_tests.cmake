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

# On the shipped dataset (the default --data)
accord_cli_test("shipped dataset validates" EXIT 0 OUT "dataset.json: valid" ARGS validate)
accord_cli_test("shipped: to lam finds Tô Lâm's events" EXIT 0 OUT "2021-08-03.*Cambodia.*2024-05-20.*Indonesia"
  ARGS events --text "to lam")
accord_cli_test("shipped: Laos partner" EXIT 0 OUT "2024-10-14.*Laos" NOT_OUT "Indonesia"
  ARGS events --partner Laos)

# export then validate the export: the shipped dataset round-trips through the CLI
set(EXPORTED ${CMAKE_CURRENT_BINARY_DIR}/exported.json)
accord_cli_test("export json" EXIT 0 ARGS export --out ${EXPORTED})
accord_cli_test("exported json validates" EXIT 0 OUT "valid" ARGS --data ${EXPORTED} validate)
set_tests_properties("cli: exported json validates" PROPERTIES DEPENDS "cli: export json")

# The French translation is complete and current: refreshing a copy of probitas_fr.ts from today's sources
# changes nothing, and no message is left unfinished. A string added without its translation fails here.
# Inputs: LUPDATE, GENERATOR_SCRIPT and LUPDATE_PROJECT_IN (how qt_add_lupdate describes the sources),
# TS_FILE, WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/probitas_project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${LUPDATE_PROJECT_IN} -DOUT_FILE=${project_json}
                        -P "${GENERATOR_SCRIPT}" RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not describe the translated sources for lupdate")
endif()
set(refreshed "${WORK_DIR}/probitas_fr.ts")
configure_file("${TS_FILE}" "${refreshed}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -project "${project_json}" -source-language en -no-obsolete
                        -locations none -ts "${refreshed}"
                RESULT_VARIABLE updated OUTPUT_VARIABLE report ERROR_VARIABLE report)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${report}")
endif()
file(READ "${TS_FILE}" committed)
file(READ "${refreshed}" current)
if(NOT committed STREQUAL current)
    message(FATAL_ERROR "app/i18n/probitas_fr.ts is out of date with the sources: run "
                        "`cmake --build build --target update_translations` and translate the new strings.\n"
                        "${report}")
endif()
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${current}")
list(LENGTH unfinished unfinished_count)
if(unfinished_count GREATER 0)
    message(FATAL_ERROR "${unfinished_count} message(s) have no French translation yet:\n${unfinished}")
endif()
message(STATUS "probitas_fr.ts is current and complete")

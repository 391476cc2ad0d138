# Every message the code marks for translation has a Finnish translation in po/fi.po:
# extracts them as po/update.sh does (into a temporary file) and fails on any untranslated
# or fuzzy entry, naming it.
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/db/*.cpp ${SOURCE_DIR}/reports/*.cpp
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/cli/*.cpp ${SOURCE_DIR}/gui/*.cpp)
set(pot ${WORK_DIR}/polku-check.pot)
set(merged ${WORK_DIR}/fi-check.po)
execute_process(COMMAND xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=N_
                        --keyword=wxPLURAL:1,2 -o ${pot} ${sources}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xgettext failed: ${err}")
endif()
execute_process(COMMAND msgmerge --quiet --no-fuzzy-matching -o ${merged} ${SOURCE_DIR}/po/fi.po ${pot}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "msgmerge failed: ${err}")
endif()
execute_process(COMMAND msgattrib --untranslated --only-fuzzy --no-obsolete ${merged}
                OUTPUT_VARIABLE fuzzy)
execute_process(COMMAND msgattrib --untranslated --no-obsolete ${merged} OUTPUT_VARIABLE missing)
string(REGEX MATCHALL "\nmsgid \"[^\n]+" missing_ids "${missing}")
if(missing_ids OR fuzzy)
    message(FATAL_ERROR "po/fi.po lacks Finnish for:${missing_ids}\n${fuzzy}\nRun po/update.sh and translate them.")
endif()
message(STATUS "every marked message has a Finnish translation")

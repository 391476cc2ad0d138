# Writes a C++ file holding every db/migrations/NNN_*.sql, in order, as raw strings.
# Called at configure time from db/CMakeLists.txt.
function(polku_embed_migrations out_file)
    file(GLOB sql_files "${CMAKE_CURRENT_SOURCE_DIR}/migrations/*.sql")
    list(SORT sql_files)
    set(body "")
    set(expected 1)
    foreach(f IN LISTS sql_files)
        get_filename_component(name "${f}" NAME)
        string(REGEX MATCH "^([0-9]+)_" _ "${name}")
        math(EXPR number "${CMAKE_MATCH_1}")
        if(NOT number EQUAL expected)
            message(FATAL_ERROR "migration ${name}: expected number ${expected}; migrations are numbered 1, 2, 3… without gaps")
        endif()
        math(EXPR expected "${expected} + 1")
        file(READ "${f}" sql)
        string(REGEX MATCH "^-- ([^\n]*)" _ "${sql}")
        set(description "${CMAKE_MATCH_1}")
        string(APPEND body "        {R\"polku_sql(${description})polku_sql\", R\"polku_sql(${sql})polku_sql\"},\n")
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${f}")
    endforeach()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/migrations")
    file(CONFIGURE OUTPUT "${out_file}" CONTENT "// Generated from db/migrations/*.sql: do not edit.
#include \"db/schema_sql.hpp\"

namespace polku::db {

const std::vector<MigrationText>& schema_migrations() {
    static const std::vector<MigrationText> migrations = {
${body}    };
    return migrations;
}

}  // namespace polku::db
" @ONLY)
endfunction()

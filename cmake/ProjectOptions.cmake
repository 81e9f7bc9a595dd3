# One INTERFACE target carries the strict Qt defines and the warning flags, so that every
# library, the executable and each test build with exactly the same rules (STYLE.md #2).
add_library(air_project_options INTERFACE)
target_compile_definitions(air_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
target_compile_options(air_project_options INTERFACE -Wall -Wextra -Wpedantic)

option(AIR_WERROR "Treat compiler warnings as errors" OFF)
if(AIR_WERROR)
    target_compile_options(air_project_options INTERFACE -Werror)
endif()

option(AIR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AIR_SANITIZE)
    target_compile_options(air_project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(air_project_options INTERFACE -fsanitize=address,undefined)
endif()

# Writes one manual page, gzipped as Debian ships them, either from the CLI itself or from a file:
#   cmake -DCLI=…/mamori-cli -DLANG=en|ja -DOUT=…/mamori-cli.1.gz -P writeman.cmake
#   cmake -DSRC=…/mamori.1 -DOUT=…/mamori.1.gz -P writeman.cmake
get_filename_component(dir ${OUT} DIRECTORY)
get_filename_component(name ${OUT} NAME_WLE)
file(MAKE_DIRECTORY ${dir})
if(DEFINED CLI)
  execute_process(COMMAND ${CLI} --lang ${LANG} --man OUTPUT_FILE ${dir}/${name} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} --man failed (${rc})")
  endif()
else()
  configure_file(${SRC} ${dir}/${name} COPYONLY)
endif()
# Compressed without a time stamp, so the package is reproducible.
file(ARCHIVE_CREATE OUTPUT ${OUT} PATHS ${dir}/${name} FORMAT raw COMPRESSION GZip MTIME 0)

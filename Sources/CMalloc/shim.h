// glibc's malloc extensions (malloc_trim), part of the C library itself: nothing to link.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

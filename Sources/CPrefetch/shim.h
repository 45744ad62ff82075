// The compiler's prefetch hint, which Swift does not offer: asks for `lines` cache lines of 64
// bytes from `address` to be fetched for reading, without waiting for them. A prefetch never
// faults, whatever the address. Nothing to link.
static inline void renstra_prefetch(const void *address, int lines) {
    for (int line = 0; line < lines; line++) {
        __builtin_prefetch((const char *)address + 64 * line, 0, 3);
    }
}

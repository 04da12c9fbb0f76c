/* A stand-in for Windows' bcryptprimitives.dll, which Debian's wine 8 lacks and Windows 10 and
 * later ship: Rust's std (in the Node addon and httpcodes.exe) takes its random seeds from its
 * ProcessPrng. tests/dist/windows.sh builds it with mingw into its wine prefix's Windows folder; the
 * release artifacts never carry it. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom, in advapi32 */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

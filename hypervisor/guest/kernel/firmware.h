/* firmware.h - the firmware call interface (ecall from S-mode, like an SBI extension).
 * a7 = call id, a0/a1 = arguments, result in a0 (0 ok, negative = error). */
#ifndef FIRMWARE_H
#define FIRMWARE_H

#define FW_CALL_SET_TIMER 0x54494D45u /* "TIME": a0/a1 = mtimecmp lo/hi (SBI set_timer) */
#define FW_ERR_NOT_SUPPORTED (-2)     /* SBI_ERR_NOT_SUPPORTED */

#endif

package org.openbmis.app.visa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visa on arrival issued at the desk to a traveller whose entry rule allows it, against the
 * receipt of the fee paid. Holder data come from the traveller's record and document.
 */
public record VisaOnArrivalCommand(
    @NotNull UUID travellerId,
    @NotBlank @Size(max = 24) String documentNumber,
    @NotBlank @Size(max = 40) String feeReceipt,
    @Nullable String documentCode,
    @Nullable String purpose) {}

package org.openbmis.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.TerminalCardService;
import org.jmrtd.BACKey;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.LDSFileUtil;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.COMFile;

/**
 * The desk's contactless reader over PC/SC ({@code javax.smartcardio}) with JMRTD: PACE with the
 * MRZ's key when EF.CardAccess offers it, else BAC; then EF.COM, EF.SOD and every data group EF.COM
 * lists that the chip lets us read (DG3 and DG4 need extended access control and are skipped), and
 * active authentication when DG15 is present. Not covered by the tests: it needs a reader and a
 * passport (the {@link SimulatedChip} stands in for both).
 */
public final class PcscChipSource implements ChipSource {
  private final String terminalName;

  /** {@code terminalName}: part of the reader's name, or null for the first reader with a card. */
  public PcscChipSource(String terminalName) {
    this.terminalName = terminalName;
  }

  @Override
  public Optional<ChipRead> read(MrzKey key) throws IOException {
    CardTerminal terminal;
    try {
      terminal = terminal();
    } catch (CardException e) {
      throw new IOException("No PC/SC reader: " + e.getMessage(), e);
    }
    if (terminal == null) {
      return Optional.empty();
    }
    CardService card = new TerminalCardService(terminal);
    try {
      card.open();
      PassportService passport =
          new PassportService(
              card,
              PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
              PassportService.DEFAULT_MAX_BLOCKSIZE,
              false,
              false);
      passport.open();
      BACKey bac = new BACKey(key.documentNumber(), key.dateOfBirth(), key.dateOfExpiry());
      if (!pace(passport, bac)) {
        passport.sendSelectApplet(false);
        passport.doBAC(bac);
      }
      byte[] com = file(passport, PassportService.EF_COM);
      byte[] sod = file(passport, PassportService.EF_SOD);
      Map<Integer, byte[]> dgs = new HashMap<>();
      for (int tag : new COMFile(new ByteArrayInputStream(com)).getTagList()) {
        int number = LDSFileUtil.lookupDataGroupNumberByTag(tag);
        if (number == 3 || number == 4) {
          continue; // fingerprints and iris: extended access control, not for this agent
        }
        try {
          dgs.put(number, file(passport, LDSFileUtil.lookupFIDByTag(tag)));
        } catch (CardServiceException | IOException e) {
          // a data group the chip refuses is left out; its absence is visible in the result
        }
      }
      ActiveAuthentication.Result aa =
          ActiveAuthentication.run(
              dgs.get(15),
              challenge -> {
                try {
                  var pk = ActiveAuthentication.publicKey(dgs.get(15));
                  return passport
                      .doAA(pk, "SHA-1", "SHA1WithRSA/ISO9796-2", challenge)
                      .getResponse();
                } catch (Exception e) {
                  throw new IOException(e);
                }
              });
      return Optional.of(new ChipRead(com, sod, dgs, aa));
    } catch (CardServiceException e) {
      throw new IOException("The chip did not answer: " + e.getMessage(), e);
    } finally {
      card.close();
    }
  }

  private static boolean pace(PassportService passport, BACKey bac) {
    try (InputStream in =
        passport.getInputStream(
            PassportService.EF_CARD_ACCESS, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
      for (SecurityInfo info : new CardAccessFile(in).getSecurityInfos()) {
        if (info instanceof PACEInfo pace) {
          passport.doPACE(
              bac,
              pace.getObjectIdentifier(),
              PACEInfo.toParameterSpec(pace.getParameterId()),
              pace.getParameterId());
          passport.sendSelectApplet(true);
          return true;
        }
      }
    } catch (Exception e) {
      // no EF.CardAccess or PACE refused: BAC
    }
    return false;
  }

  private static byte[] file(PassportService passport, short fid)
      throws CardServiceException, IOException {
    try (InputStream in = passport.getInputStream(fid, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
      return in.readAllBytes();
    }
  }

  private CardTerminal terminal() throws CardException {
    for (CardTerminal t : TerminalFactory.getDefault().terminals().list()) {
      if ((terminalName == null || t.getName().contains(terminalName)) && t.isCardPresent()) {
        return t;
      }
    }
    return null;
  }
}

package dev.esmscan.racf;

import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.model.SecurityModel;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * RACF's resource classes and the case of their profile names.
 *
 * <p>RACF knows a class from its class descriptor table (CDT): the entries IBM supplies in module
 * ICHRRCDX, installation entries in ICHRRCDE, and the dynamic CDT, whose classes are the profiles
 * of the CDT class (z/OS Security Server RACF System Programmer's Guide, "The class descriptor
 * table"; Security Administrator's Guide, "Overview of the class descriptor table"). Each entry
 * has a CASE attribute: CASE(UPPER), the default, makes RACF commands fold profile names to upper
 * case; CASE(ASIS) keeps mixed-case names (RACF Security Administrator's Guide, "Using RACFVARS
 * with mixed-case classes": "a profile in a class defined in the class descriptor table (CDT) with
 * the CASE=ASIS option ... might have a name that contains lowercase characters"; RACF Command
 * Language Reference, RDEFINE CDTINFO CASE).
 *
 * <p>{@link SuppliedClasses} lists the classes IBM supplies for z/OS, after the Security Administrator's
 * Guide appendix "Supplied RACF resource classes" (z/OS 2.5); DATASET is RACF's own, outside the
 * CDT. {@link #CASE_ASIS} and {@link #CERTIFICATE_NAMES} list those whose names keep their case: the classes supplied with
 * CASE(ASIS) (Enterprise Java roles EJBROLE/GEJBROLE and JAVA, Kerberos KERBLINK, distributed
 * identity filters IDIDMAP, the IBM MQ mixed-case classes MX* and GMX*), and the certificate classes
 * whose profile names RACDCERT builds from a certificate's serial number and issuer's name, a ring's
 * name or a filter (DIGTCERT, DIGTRING, DIGTNMAP, DIGTCRIT). The real ADCD unload holds mixed-case
 * names in DIGTCERT, DIGTRING, EJBROLE and KERBLINK. The case of IDTDATA names is not established
 * here, nor that of a class the input defines (a CDT-class profile) or holds without a supplied
 * entry: the CDTINFO segment that carries its CASE is not read. Names of those are taken as written.
 */
public final class RacfClasses implements ResourceClasses {


    static final Set<String> CASE_ASIS = Set.of("EJBROLE", "GEJBROLE", "JAVA", "KERBLINK", "IDIDMAP", "MXADMIN", "MXNLIST",
            "MXPROC", "MXQUEUE", "MXTOPIC", "GMXADMIN", "GMXNLIST", "GMXPROC", "GMXQUEUE", "GMXTOPIC");
    static final Set<String> CERTIFICATE_NAMES = Set.of("DIGTCERT", "DIGTRING", "DIGTNMAP", "DIGTCRIT");

    static final Set<String> CASE_NOT_ESTABLISHED = Set.of("IDTDATA");

    private static final String DATASET = "DATASET";
    private static final String CDT = "CDT";

    private final Set<String> inInput = new TreeSet<>();
    private final Set<String> definedByInput = new TreeSet<>();

    public RacfClasses(SecurityModel model) {
        model.classes().forEach(c -> {
            if (c.size() > 0) {
                inInput.add(c.className());
            }
        });
        model.profiles(CDT).all().forEach(p -> definedByInput.add(p.getName()));
        model.classOptions().ifPresent(o -> {
            inInput.addAll(o.activeClasses());
            inInput.addAll(o.raclistedClasses());
            inInput.addAll(o.genericClasses());
            inInput.addAll(o.genericCommandClasses());
        });
        inInput.removeAll(Set.of("USER", "GROUP"));
    }

    @Override
    public Optional<Naming> naming(String className) {
        boolean supplied = SuppliedClasses.contains(className) || DATASET.equals(className);
        boolean defined = definedByInput.contains(className);
        boolean held = inInput.contains(className) || defined;
        if (!supplied && !held) {
            return Optional.empty();
        }
        if (CASE_ASIS.contains(className)) {
            return Optional.of(new Naming(className, true, held, NameCase.KEEPS, className
                    + " profile names keep their case in RACF (IBM-supplied class descriptor table entry, CASE(ASIS))"));
        }
        if (CERTIFICATE_NAMES.contains(className)) {
            return Optional.of(new Naming(className, true, held, NameCase.KEEPS, className
                    + " profile names keep their case in RACF (RACDCERT builds them from certificate, ring and filter names as written)"));
        }
        if (DATASET.equals(className)) {
            return Optional.of(new Naming(className, true, held, NameCase.FOLDS, "RACF folds data set names to upper case"));
        }
        if (supplied && !CASE_NOT_ESTABLISHED.contains(className)) {
            return Optional.of(new Naming(className, true, held, NameCase.FOLDS, "RACF folds " + className
                    + " profile names to upper case (IBM-supplied class descriptor table entry, CASE(UPPER))"));
        }
        String why = supplied ? "the case of " + className + " profile names is not established here"
                : defined ? className + " is an installation class the input defines in the CDT class; its CASE (CDTINFO) is not read"
                : className + " is not an IBM-supplied class; its CASE in the installation's class descriptor table is not known";
        return Optional.of(new Naming(className, supplied || defined, held, NameCase.NOT_ESTABLISHED, why + ": the name is taken as written"));
    }

    @Override
    public Collection<String> names() {
        Set<String> all = new TreeSet<>(SuppliedClasses.all());
        all.add(DATASET);
        all.addAll(inInput);
        all.addAll(definedByInput);
        return all;
    }
}

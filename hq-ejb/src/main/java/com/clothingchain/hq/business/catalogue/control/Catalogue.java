package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.entity.Category;
import com.clothingchain.hq.business.catalogue.entity.Price;
import com.clothingchain.hq.business.catalogue.entity.SizeScale;
import com.clothingchain.hq.business.catalogue.entity.Style;
import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.hq.business.catalogue.entity.Variant;
import com.clothingchain.hq.business.tills.control.TillRules;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.Fields;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.contract.CatalogueItem;
import com.clothingchain.contract.CataloguePage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.positiveMoney;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * The chain's catalogue and its rules, for the API, the pages and the imports alike: size scales, categories,
 * styles and their variants, prices, and the feed the branches replicate. Every change to a variant (or to its
 * style or prices) gives it the next catalogue version; writers take turns on the version counter, so a version is
 * never visible before the lower ones.
 */
@Stateless
public class Catalogue {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    /** As a branch's SKU, so every HQ variant is a valid product at every branch. */
    public static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000.00");
    public static final int MAX_SIZES = 40;
    public static final int MAX_VARIANTS = 400;
    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** HQ's catalogue version: the version of the latest change. */
    public long version() {
        return ((Number) em.createNativeQuery("select version from catalogue_counter where id = 1").getSingleResult()).longValue();
    }

    public SizeScale defineScale(String code, String name, List<String> sizes) {
        takeTurn();
        var checks = new FieldChecks();
        String checkedCode = checks.check(() -> code("code", code));
        String checkedName = checks.check(() -> text("name", name, 128));
        List<String> checkedSizes = checks.check(() -> sizes(sizes));
        if (checkedCode != null && findScale(checkedCode).isPresent()) {
            checks.add(ProblemException.conflict("code", "A size scale with code " + checkedCode + " exists already."));
        }
        checks.done();
        var scale = new SizeScale(checkedCode, checkedName, checkedSizes);
        em.persist(scale);
        audit.record(AuditType.CATALOGUE_CHANGED, "scale " + checkedCode, String.join(", ", checkedSizes));
        return scale;
    }

    public Category defineCategory(String code, String name, String parent, String scale) {
        return defineCategory(code, name, parent, scale, null);
    }

    /** A category whose styles are taxed in {@code taxCategory} at the tills (null or blank: STANDARD). */
    public Category defineCategory(String code, String name, String parent, String scale, String taxCategory) {
        takeTurn();
        var checks = new FieldChecks();
        String checkedCode = checks.check(() -> code("code", code));
        String checkedName = checks.check(() -> text("name", name, 128));
        Category parentCategory = parent == null || parent.isBlank() ? null
                : checks.check(() -> findCategory(parent.trim()).orElseThrow(
                        () -> ProblemException.unprocessable("parent", "There is no category " + parent.trim() + ".")));
        SizeScale sizeScale = checks.check(() -> findScale(required("sizeScale", scale).trim()).orElseThrow(
                () -> ProblemException.unprocessable("sizeScale", "There is no size scale " + scale.trim() + ".")));
        String checkedTax = taxCategory == null || taxCategory.isBlank() ? TillRules.STANDARD
                : checks.check(() -> TillRules.taxCategory("taxCategory", taxCategory));
        if (checkedCode != null && findCategory(checkedCode).isPresent()) {
            checks.add(ProblemException.conflict("code", "A category with code " + checkedCode + " exists already."));
        }
        checks.done();
        var category = new Category(checkedCode, checkedName, parentCategory, sizeScale, checkedTax);
        em.persist(category);
        audit.record(AuditType.CATALOGUE_CHANGED, "category " + checkedCode, checkedName + ", sizes " + sizeScale.getCode()
                + ", tax " + checkedTax);
        return category;
    }

    /**
     * Creates or changes a style and the variants listed (all refusals at once, each naming its field, e.g.
     * {@code variants[2].barcode}); nothing changes unless all of it is valid.
     */
    public Style saveStyle(String code, StyleInput input) {
        required("body", input);
        takeTurn();
        var checks = new FieldChecks();
        String styleCode = checks.check(() -> code("code", code));
        String name = checks.check(() -> text("name", input.name(), 128));
        Category category = checks.check(() -> findCategory(required("category", input.category()).trim()).orElseThrow(
                () -> ProblemException.unprocessable("category", "There is no category " + input.category().trim() + ".")));
        String season = checks.check(() -> optionalText("season", input.season(), 32));
        String description = checks.check(() -> optionalText("description", input.description(), 1000));
        List<VariantInput> variants = input.variants() == null ? List.of() : input.variants();
        if (variants.size() > MAX_VARIANTS) {
            checks.add(ProblemException.badRequest("variants", "A style has at most " + MAX_VARIANTS + " variants."));
        }
        checks.done();
        Style style = findStyle(styleCode).orElseGet(() -> new Style(styleCode));
        List<Checked> checked = checkVariants(style, category, variants, checks);
        checks.done();

        boolean styleChanged = style.getName() == null || !name.equals(style.getName()) || style.getCategory() != category
                || style.isActive() != (input.active() == null || input.active());
        boolean isNew = style.getName() == null;
        style.describe(name, category, season, description, input.active() == null || input.active());
        if (isNew) {
            em.persist(style);
        }
        Set<Variant> touched = new HashSet<>();
        if (styleChanged && !isNew) {
            touched.addAll(variantsOf(style));
        }
        LocalDate now = immediately();
        for (Checked c : checked) {
            Variant variant = c.existing != null ? c.existing : new Variant(style, c.sku, c.size, c.colour);
            boolean changed = c.existing == null || !c.barcode.equals(variant.getBarcode()) || variant.isActive() != c.active;
            variant.label(c.barcode, Barcodes.gtin(c.barcode), c.active);
            if (c.existing == null) {
                em.persist(variant);
            }
            for (PriceInput price : c.prices) {
                changed |= setPrice(variant, price.currency(), Price.CHAIN, now, price.price());
            }
            if (changed) {
                touched.add(variant);
            }
        }
        stamp(touched);
        audit.record(AuditType.CATALOGUE_CHANGED, "style " + styleCode, name + ", " + category.getCode()
                + (style.isActive() ? "" : ", inactive") + "; " + checked.size() + " variants given, " + touched.size() + " changed");
        return style;
    }

    /** What an import did: styles and variants given, and the catalogue version after it. */
    public record Imported(int styles, int variants, int rows, long version) {
    }

    /**
     * Imports the styles of a file in one transaction: every style is checked (and, in this transaction, saved, so
     * a barcode given twice in the file is found), every refusal is kept with its row, and if there is any,
     * nothing is imported and all are given at once.
     */
    public Imported importStyles(CatalogueCsv.Parsed file) {
        takeTurn();
        List<ProblemException> refusals = new ArrayList<>(file.refusals());
        int variants = 0;
        for (CatalogueCsv.ImportedStyle style : file.styles()) {
            try {
                saveStyle(style.code(), style.input());
                variants += style.variantRows().size();
            } catch (ProblemException refused) {
                refused.problems().forEach(problem -> refusals.add(style.inFile(problem)));
            }
            // Written, and forgotten by the persistence context: it would otherwise check every entity of the
            // file for changes before each query (the inserts are in the database, so later checks see them).
            em.flush();
            em.clear();
        }
        if (!refusals.isEmpty()) {
            refusals.sort(Comparator.comparing(r -> rowOf(r.problem().field())));
            throw ProblemException.all(refusals);
        }
        return new Imported(file.styles().size(), variants, file.rows(), version());
    }

    private static int rowOf(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    /** Whose price: the chain's (no branch), one branch's, or each active branch's of a price group. */
    public record PriceScope(List<Branch> branches, String described) {
        public static PriceScope chain() {
            return new PriceScope(List.of(), "for the chain");
        }

        public static PriceScope of(Branch branch) {
            return branch == null ? chain() : new PriceScope(List.of(branch), "at " + branch.getCode());
        }
    }

    /**
     * The active branches of a price group, each of which gets a group's price as its own: a branch that joins the
     * group later does not get the prices set before.
     */
    public PriceScope priceGroup(String group) {
        List<Branch> members = em.createNamedQuery(Branch.IN_PRICE_GROUP, Branch.class)
                .setParameter("group", required("group", group).trim().toUpperCase(Locale.ROOT)).getResultList();
        if (members.isEmpty()) {
            throw ProblemException.unprocessable("group", "No active branch is in price group " + group.trim() + ".");
        }
        return new PriceScope(members, "for price group " + group.trim().toUpperCase(Locale.ROOT) + " ("
                + String.join(", ", members.stream().map(Branch::getCode).toList()) + ")");
    }

    /**
     * A price of one variant from a business date on (each branch's own date; null: at once everywhere), for the
     * chain, one branch or a price group's branches; a branch's price must be in the branch's currency.
     */
    public Variant schedulePrice(String sku, String currency, PriceScope scope, LocalDate from, BigDecimal amount) {
        takeTurn();
        var checks = new FieldChecks();
        Variant variant = checks.check(() -> findVariant(required("sku", sku).trim()).orElseThrow(
                () -> ProblemException.unprocessable("sku", "There is no variant with SKU " + sku.trim() + ".")));
        String checkedCurrency = checks.check(() -> Fields.currency("currency", currency));
        BigDecimal checkedAmount = checks.check(() -> positiveMoney("price", amount, MAX_PRICE));
        scope.branches().stream().filter(b -> checkedCurrency != null && !b.getCurrency().equals(checkedCurrency)).findFirst()
                .ifPresent(b -> checks.add(ProblemException.unprocessable("currency", "Branch " + b.getCode() + " sells in "
                        + b.getCurrency() + ", not in " + checkedCurrency + ".")));
        if (from != null && from.isBefore(immediately())) {
            checks.add(ProblemException.unprocessable("from", "from can not be in the past; leave it out for at once."));
        }
        checks.done();
        LocalDate effective = from == null ? immediately() : from;
        boolean changed = false;
        for (String code : scope.branches().isEmpty() ? List.of(Price.CHAIN) : scope.branches().stream().map(Branch::getCode).toList()) {
            changed |= setPrice(variant, checkedCurrency, code, effective, checkedAmount);
        }
        if (changed) {
            stamp(Set.of(variant));
            audit.record(AuditType.PRICE_SCHEDULED, variant.getSku(), checkedCurrency + " " + checkedAmount.toPlainString()
                    + " from " + effective + " " + scope.described());
        }
        return variant;
    }

    /** The same price for every variant of a style (as {@link #schedulePrice}), all or none. */
    public List<Variant> scheduleStylePrice(String styleCode, String currency, PriceScope scope, LocalDate from, BigDecimal amount) {
        Style style = findStyle(required("style", styleCode).trim()).orElseThrow(
                () -> ProblemException.unprocessable("style", "There is no style or SKU " + styleCode.trim() + "."));
        return variantsOf(style).stream().map(v -> schedulePrice(v.getSku(), currency, scope, from, amount)).toList();
    }

    /**
     * The feed page for one branch: the variants changed after {@code since}, in version order, each with its price
     * schedule in the branch's currency as of the branch's yesterday.
     */
    public CataloguePage changesFor(Branch branch, long since, int limit) {
        long version = version();
        List<Variant> changed = em.createNamedQuery(Variant.CHANGED_SINCE, Variant.class)
                .setParameter("since", since).setMaxResults(limit + 1).getResultList();
        boolean more = changed.size() > limit;
        List<Variant> page = more ? changed.subList(0, limit) : changed;
        var chain = new HashMap<Long, TreeMap<LocalDate, BigDecimal>>();
        var own = new HashMap<Long, TreeMap<LocalDate, BigDecimal>>();
        if (!page.isEmpty()) {
            em.createNamedQuery(Price.OF_VARIANTS, Price.class)
                    .setParameter("variants", page.stream().map(Variant::getId).toList())
                    .setParameter("currency", branch.getCurrency())
                    .setParameter("branches", List.of(Price.CHAIN, branch.getCode()))
                    .getResultStream()
                    .forEach(p -> (Price.CHAIN.equals(p.getBranchCode()) ? chain : own)
                            .computeIfAbsent(p.getVariant().getId(), id -> new TreeMap<>())
                            .put(p.getEffectiveFrom(), p.getAmount()));
        }
        LocalDate yesterday = LocalDate.now(branch.getTimeZone()).minusDays(1);
        List<CatalogueItem> items = page.stream().map(v -> new CatalogueItem(v.getChangedIn(), v.getSku(), v.getBarcode(),
                v.getStyle().getCode(), v.getStyle().getName(), v.getStyle().getCategory().getCode(), v.getSize(),
                v.getColour(), v.isSellable(), PriceSchedule.merge(chain.getOrDefault(v.getId(), new TreeMap<>()),
                        own.getOrDefault(v.getId(), new TreeMap<>()), yesterday),
                v.getStyle().getCategory().getTaxCategory())).toList();
        long next = page.isEmpty() ? since : page.get(page.size() - 1).getChangedIn();
        return new CataloguePage(since, next, more, version, branch.getCurrency(), items);
    }

    public Optional<SizeScale> findScale(String code) {
        return em.createQuery("select s from SizeScale s where s.code = :code", SizeScale.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Category> findCategory(String code) {
        return em.createQuery("select c from Category c where c.code = :code", Category.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Style> findStyle(String code) {
        return em.createNamedQuery(Style.BY_CODE, Style.class).setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Variant> findVariant(String sku) {
        return em.createNamedQuery(Variant.BY_SKU, Variant.class).setParameter("sku", sku).getResultStream().findFirst();
    }

    public Style requireStyle(String code) {
        return findStyle(code).orElseThrow(() -> ProblemException.notFound("code", "There is no style " + code + "."));
    }

    public List<SizeScale> scales() {
        return em.createNamedQuery(SizeScale.ALL, SizeScale.class).getResultList();
    }

    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    public List<Variant> variantsOf(Style style) {
        return em.createNamedQuery(Variant.OF_STYLE, Variant.class).setParameter("style", style.getCode()).getResultList();
    }

    /** Every price of a variant, for the chain and each branch, oldest first. */
    public List<Price> pricesOf(Variant variant) {
        return em.createQuery("select p from Price p where p.variant = :variant order by p.currency, p.branchCode, p.effectiveFrom",
                Price.class).setParameter("variant", variant).getResultList();
    }

    private record Checked(Variant existing, String sku, String barcode, String size, String colour, boolean active,
                           List<PriceInput> prices) {
    }

    private List<Checked> checkVariants(Style style, Category category, List<VariantInput> variants, FieldChecks checks) {
        List<String> sizes = category.getSizeScale().getSizes();
        Map<String, Variant> existing = new HashMap<>();
        variantsOf(style).forEach(v -> existing.put(v.getSku(), v));
        Set<String> skus = new HashSet<>();
        Set<String> gtins = new HashSet<>();
        Set<String> cells = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "].";
            VariantInput v = variants.get(i);
            if (v == null) {
                checks.add(ProblemException.badRequest("variants[" + i + "]", "A variant is required here."));
                continue;
            }
            String sku = checks.check(() -> sku(at + "sku", v.sku()));
            String barcode = checks.check(() -> barcode(at + "barcode", v.barcode()));
            String size = checks.check(() -> text(at + "size", v.size(), 16));
            String colour = checks.check(() -> text(at + "colour", v.colour(), 32));
            List<PriceInput> prices = v.prices() == null ? List.of() : v.prices();
            Set<String> currencies = new HashSet<>();
            for (int p = 0; p < prices.size(); p++) {
                String pat = at + "prices[" + p + "].";
                PriceInput price = prices.get(p);
                String currency = checks.check(() -> Fields.currency(pat + "currency", price == null ? null : price.currency()));
                checks.check(() -> positiveMoney(pat + "price", price == null ? null : price.price(), MAX_PRICE));
                if (currency != null && !currencies.add(currency)) {
                    checks.add(ProblemException.badRequest(pat + "currency", "Each currency once per variant."));
                }
            }
            if (size != null && !sizes.contains(size)) {
                checks.add(ProblemException.unprocessable(at + "size", "Size " + size + " is not in the scale "
                        + category.getSizeScale().getCode() + " (" + String.join(", ", sizes) + ")."));
            }
            if (sku == null || barcode == null || size == null || colour == null) {
                continue;
            }
            Variant mine = existing.get(sku);
            Optional<Variant> skuOwner = mine != null ? Optional.of(mine) : findVariant(sku);
            if (!skus.add(sku) || skuOwner.isPresent() && skuOwner.get().getStyle() != style) {
                checks.add(ProblemException.conflict(at + "sku", "SKU " + sku + " is taken"
                        + skuOwner.map(o -> " by style " + o.getStyle().getCode()).orElse(" twice in this style") + "."));
            }
            if (mine != null && (!mine.getSize().equals(size) || !mine.getColour().equals(colour))) {
                checks.add(ProblemException.unprocessable(at + "size", "SKU " + sku + " is " + mine.getSize() + " "
                        + mine.getColour() + "; a SKU's size and colour never change."));
            }
            String gtin = Barcodes.gtin(barcode);
            Optional<Variant> barcodeOwner = em.createNamedQuery(Variant.BY_GTIN, Variant.class).setParameter("gtin", gtin)
                    .getResultStream().findFirst();
            if (!gtins.add(gtin) || barcodeOwner.isPresent() && !barcodeOwner.get().getSku().equals(sku)) {
                checks.add(ProblemException.conflict(at + "barcode", "Barcode " + barcode + " is taken"
                        + barcodeOwner.map(o -> " by SKU " + o.getSku()).orElse(" twice in this style") + "."));
            }
            boolean cellTaken = existing.values().stream().anyMatch(e -> !e.getSku().equals(sku)
                    && e.getSize().equals(size) && e.getColour().equals(colour));
            if (!cells.add(size + "\n" + colour) || cellTaken) {
                checks.add(ProblemException.conflict(at + "colour", "This style has " + size + " in " + colour + " already."));
            }
            checked.add(new Checked(mine, sku, barcode, size, colour, v.active() == null || v.active(), prices));
        }
        return checked;
    }

    /**
     * True when it changed the price. At once, the amount already in effect is no change: no one can set a price
     * before now, so such a row could never matter (and a file exported and imported again days later must not
     * change every variant). From a later date it is kept, as the price to return to if an earlier one changes.
     */
    private boolean setPrice(Variant variant, String currency, String branchCode, LocalDate from, BigDecimal amount) {
        BigDecimal money = Money.of(amount);
        Optional<Price> latest = variant.getId() == null ? Optional.empty() : em.createNamedQuery(Price.IN_EFFECT, Price.class)
                .setParameter("variant", variant).setParameter("currency", currency).setParameter("branch", branchCode)
                .setParameter("from", from).setMaxResults(1).getResultStream().findFirst();
        boolean sameDate = latest.isPresent() && latest.get().getEffectiveFrom().equals(from);
        if ((sameDate || latest.isPresent() && from.equals(immediately())) && latest.get().getAmount().compareTo(money) == 0) {
            return false;
        }
        if (sameDate) {
            latest.get().setAmount(money);
            return true;
        }
        em.persist(new Price(variant, currency, branchCode, from, money));
        return true;
    }

    /**
     * Waits for any other catalogue change to commit (the counter's row lock, held to the end of the transaction):
     * changes take turns, so checks such as "this barcode is free" hold until the change is committed.
     */
    private void takeTurn() {
        em.createNativeQuery("select version from catalogue_counter where id = 1 for update").getResultList();
    }

    /** Gives each variant the next catalogue version, in SKU order. */
    private void stamp(Set<Variant> variants) {
        if (variants.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("update catalogue_counter set version = version + ?1 where id = 1")
                .setParameter(1, variants.size()).executeUpdate();
        long next = version() - variants.size();
        List<Variant> ordered = new ArrayList<>(variants);
        ordered.sort(Comparator.comparing(Variant::getSku));
        for (Variant variant : ordered) {
            variant.changedIn(++next);
        }
    }

    /** "At once": a date no branch has reached the end of, in any time zone (UTC-12 is at most a day behind). */
    static LocalDate immediately() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(1);
    }

    private static String code(String field, String value) {
        String code = text(field, value, 32);
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.badRequest(field, field + " must be 1 to 32 of A-Z, 0-9 and -, not starting with -.");
        }
        return code;
    }

    private static String sku(String field, String value) {
        String sku = text(field, value, 32);
        if (!SKU.matcher(sku).matches()) {
            throw ProblemException.badRequest(field, "A SKU is 2 to 32 of A-Z, 0-9 and -, not starting with -.");
        }
        return sku;
    }

    private static String barcode(String field, String value) {
        String barcode = text(field, value, 13);
        if (!Barcodes.isValid(barcode)) {
            throw ProblemException.badRequest(field, "Barcode " + barcode
                    + " is not an EAN-13, UPC-A or EAN-8 with a right check digit.");
        }
        return barcode;
    }

    private static List<String> sizes(List<String> sizes) {
        if (sizes == null || sizes.isEmpty() || sizes.size() > MAX_SIZES) {
            throw ProblemException.badRequest("sizes", "A size scale has 1 to " + MAX_SIZES + " sizes.");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            String size = text("sizes[" + i + "]", sizes.get(i), 16);
            if (checked.contains(size)) {
                throw ProblemException.badRequest("sizes[" + i + "]", "Size " + size + " is in the scale twice.");
            }
            checked.add(size);
        }
        return checked;
    }
}

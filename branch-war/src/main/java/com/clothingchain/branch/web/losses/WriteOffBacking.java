package com.clothingchain.branch.web.losses;

import com.clothingchain.branch.losses.control.WriteOffs;
import com.clothingchain.branch.losses.entity.LossWriteOff.Reason;
import com.clothingchain.branch.losses.entity.LossWriteOff;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.branch.web.products.ProductPicker;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Loss write-offs (/losses/new.xhtml): damaged, stolen or lost goods, and the latest ones. */
@Named("writeOff")
@ViewScoped
public class WriteOffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;
    private static final Map<String, String> FIELDS = Map.of(ProductPicker.FIELD, "loss:product", "sku", "loss:product",
            "quantity", "loss:quantity", "reason", "loss:reason", "note", "loss:note");

    @Inject
    ProductPicker picker;

    @Inject
    WriteOffs writeOffs;

    private String product;
    private Integer quantity = 1;
    private Reason reason;
    private String note;
    private transient List<LossWriteOff> recent;

    public void writeOff() {
        try {
            Product picked = picker.pick(product, false);
            LossWriteOff done = writeOffs.writeOff(picked.getSku(), quantity, reason == null ? null : reason.name(), note, null,
                    Caller.name());
            FieldMessages.info(done.getQuantity() + " × " + picked.getSku() + " written off (" + describe(done.getReason())
                    + "), value " + done.getValue().toPlainString() + ".");
            product = null;
            quantity = 1;
            reason = null;
            note = null;
            recent = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, FIELDS);
        }
    }

    public List<LossWriteOff> getRecent() {
        if (recent == null) {
            recent = writeOffs.recent(RECENT);
        }
        return recent;
    }

    public Reason[] getReasons() {
        return Reason.values();
    }

    public String describe(Reason reason) {
        return switch (reason) {
            case DAMAGED -> "damaged";
            case THEFT -> "stolen";
            case LOST -> "lost";
            case OTHER -> "other";
        };
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Reason getReason() {
        return reason;
    }

    public void setReason(Reason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

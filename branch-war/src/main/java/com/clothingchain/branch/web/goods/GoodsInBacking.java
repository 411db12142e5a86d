package com.clothingchain.branch.web.goods;

import com.clothingchain.branch.goods.control.DeliveryPuller;
import com.clothingchain.branch.goods.control.GoodsIn;
import com.clothingchain.branch.goods.entity.Delivery;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.web.SendAgain;
import com.clothingchain.shared.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Goods in (/goods/index.xhtml): the deliveries HQ sent, asking HQ for new ones, and each receipt's call to HQ. */
@Named("goodsPage")
@ViewScoped
public class GoodsInBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    GoodsIn goods;

    @Inject
    DeliveryPuller puller;

    @Inject
    Outbox outbox;

    @Inject
    BranchSite site;

    private transient List<Delivery> deliveries;
    private transient Map<Long, ServiceCall> calls;

    public void pull() {
        DeliveryPuller.Pulled pulled = puller.pull();
        if (pulled.problem() != null) {
            FieldMessages.error(null, "Could not ask HQ: " + pulled.problem());
        } else {
            FieldMessages.info(pulled.added() == 0 ? "No new deliveries from HQ."
                    : pulled.added() + (pulled.added() == 1 ? " new delivery" : " new deliveries") + " from HQ.");
        }
        deliveries = null;
    }

    /** A manager sends a receipt's call to HQ again. */
    public void sendAgain(long serviceCallId) {
        SendAgain.call(outbox, serviceCallId);
        deliveries = null;
    }

    public List<Delivery> getDeliveries() {
        if (deliveries == null) {
            deliveries = goods.latest(SHOWN);
            calls = outbox.subjectCalls(ServiceCall.SEND_GOODS_RECEIVED, deliveries.stream().map(Delivery::getNumber).toList());
        }
        return deliveries;
    }

    public ServiceCall call(Delivery delivery) {
        getDeliveries();
        return calls.get(delivery.getNumber());
    }

    public ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(site.zone());
    }
}

package com.clothingchain.branch.days.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tender amounts in one column, as {@code CARD=40.00;CASH=12.30} (tender codes hold no = or ;). */
@Converter
public class TenderAmounts implements AttributeConverter<Map<String, BigDecimal>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, BigDecimal> tenders) {
        return tenders == null ? null : new TreeMap<>(tenders).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(";"));
    }

    @Override
    public Map<String, BigDecimal> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Map<String, BigDecimal> tenders = new TreeMap<>();
        for (String entry : column.split(";")) {
            int at = entry.indexOf('=');
            if (at > 0) {
                tenders.put(entry.substring(0, at), new BigDecimal(entry.substring(at + 1)));
            }
        }
        return tenders;
    }
}

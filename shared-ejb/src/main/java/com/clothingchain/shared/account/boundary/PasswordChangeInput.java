package com.clothingchain.shared.account.boundary;

/** The body of {@code PUT me/password} on either site's API. */
public record PasswordChangeInput(String currentPassword, String newPassword) {
}

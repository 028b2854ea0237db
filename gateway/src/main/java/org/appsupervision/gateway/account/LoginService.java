package org.appsupervision.gateway.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.appsupervision.gateway.token.TokenIssuer;
import org.appsupervision.platform.security.Roles;

/** Checks an official's password and issues their token. */
@ApplicationScoped
public class LoginService {

    // Checked when the user does not exist, so a wrong name costs the same time as a wrong password.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    private final AccountRepository accounts;
    private final TokenIssuer tokens;

    public LoginService(AccountRepository accounts, TokenIssuer tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The token of the account, or empty when the name, the password or the account's state is wrong. */
    @Transactional
    public Optional<TokenIssuer.IssuedToken> login(LoginRequest request) {
        Optional<Account> account = accounts.findByIdOptional(request.username());
        String hash = account.map(a -> a.passwordHash).orElse(DUMMY_HASH);
        boolean matches = BcryptUtil.matches(request.password(), hash);
        if (account.isEmpty() || !matches || !account.get().enabled) {
            return Optional.empty();
        }
        Account user = account.get();
        Map<String, String> scope = user.provinceCode == null ? Map.of()
                : Map.of(Roles.PROVINCE_CLAIM, user.provinceCode);
        return Optional.of(tokens.issue(user.username, user.roles, scope));
    }
}

package org.openhotline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an outsider types into the sign-in form: a NUL in the user name is a wrong sign-in, never a failure. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInHostileInputTests {

	@LocalServerPort
	int port;

	@Test
	void aNulInTheUserNameIsAWrongSignIn() {
		OfficeHttp outsider = new OfficeHttp(port);
		outsider.get("/office/sign-in");

		HttpResponse<String> answer = outsider.post("/office/sign-in", "username", "ad\u0000min", "password", "x");

		assertThat(answer.statusCode()).isBetween(400, 499);
	}
}

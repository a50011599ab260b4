package org.openhotline.shared.web;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Any page that needs the database says so, with a 503, while the database is unreachable. */
@ControllerAdvice
class DatabaseUnavailableAdvice {

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseUnavailable() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 503);
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}
}

package com.clothingchain.shared.problem;

import com.clothingchain.shared.web.PayloadTooLargeException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    @Test
    void aDatabaseThatIsDownIsServiceUnavailableWithRetryAfterNotAnError() {
        for (Throwable down : new Throwable[]{
                new EJBException(new PersistenceException(new JDBCConnectionException("no connection", new SQLException("refused", "08001")))),
                new PersistenceException(new SQLTransientConnectionException("pool exhausted")),
                new PersistenceException(new SQLException("Connection is broken", "90067", 90067))}) {
            Response response = ProblemMappers.map(down);
            assertEquals(503, response.getStatus(), down.toString());
            assertEquals("30", response.getHeaderString("Retry-After"));
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        }
    }

    @Test
    void aConstraintOrAnotherSqlErrorIsStillAnInternalError() {
        assertEquals(500, ProblemMappers.map(new PersistenceException(new SQLException("duplicate key", "23505"))).getStatus());
    }

    @Test
    void aBodyThatGrewTooLargeWhileReadIs413() {
        Response response = ProblemMappers.map(new JsonbException("read failed", new PayloadTooLargeException(256 * 1024)));
        assertEquals(413, response.getStatus());
        assertTrue(response.getEntity().toString().contains("256 KB"), response.getEntity().toString());
    }

    @Test
    void aWrongMethodNamesTheOnesAllowed() {
        Response response = ProblemMappers.map(new NotAllowedException("GET", new String[]{"PUT"}));
        assertEquals(405, response.getStatus());
        assertTrue(response.getEntity().toString().contains("GET"), response.getEntity().toString());
    }
}

package org.appsupervision.notice.publicnotice;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The Atom feed (RFC 4287) of newly published notices, newest first. */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    public static String of(String baseUrl, List<PublicNoticeView.Summary> notices) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", "工业和信息化部 APP侵害用户权益通报 / MIIT notices on apps infringing user rights");
            element(xml, "id", "urn:appsupervision:notices");
            Instant updated = notices.isEmpty() ? Instant.EPOCH : notices.get(0).publishedAt();
            element(xml, "updated", updated.toString());
            link(xml, "self", baseUrl + "/api/public/feed.atom");
            xml.writeStartElement("author");
            element(xml, "name", "工业和信息化部信息通信管理局");
            xml.writeEndElement();
            for (PublicNoticeView.Summary notice : notices) {
                xml.writeStartElement("entry");
                element(xml, "title", notice.title());
                element(xml, "id", "urn:uuid:" + notice.id());
                element(xml, "updated", notice.publishedAt().toString());
                element(xml, "published", notice.publishedAt().toString());
                link(xml, "alternate", baseUrl + "/api/public/notices/" + notice.id() + "/document");
                element(xml, "summary", notice.appCount() + "款APP"
                        + (notice.deadline() == null ? "" : "，整改期限 " + notice.deadline()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Feed could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}

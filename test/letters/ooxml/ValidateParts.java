import java.io.File;
import java.util.*;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.*;
import org.w3c.dom.*;
import org.xml.sax.*;

/**
 * Validates unpacked OOXML parts against the ECMA-376 transitional schemas, as Word reads them: what the part marks
 * mc:Ignorable is dropped first. Usage: java ValidateParts.java SCHEMA_DIR XML_XSD part.xml...; prints one line per
 * finding, "part: message", and exits 0.
 */
public class ValidateParts {
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = sf.newSchema(new javax.xml.transform.Source[] {
      new StreamSource(new File(args[1])),
      new StreamSource(new File(dir, "wml.xsd")),
      new StreamSource(new File(dir, "opc-contentTypes.xsd")),
      new StreamSource(new File(dir, "opc-relationships.xsd")),
    });
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    for (int i = 2; i < args.length; i++) {
      String name = args[i];
      Document doc;
      try {
        doc = dbf.newDocumentBuilder().parse(new File(name));
      } catch (SAXException e) {
        System.out.println(name + ": not well-formed: " + e.getMessage());
        continue;
      }
      Element root = doc.getDocumentElement();
      Set<String> ignorable = new HashSet<>();
      String list = root.getAttributeNS(MC, "Ignorable");
      for (String prefix : list.trim().split("\\s+")) if (!prefix.isEmpty()) ignorable.add(root.lookupNamespaceURI(prefix));
      strip(root, ignorable);
      Validator v = schema.newValidator();
      List<String> found = new ArrayList<>();
      v.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {}
        public void error(SAXParseException e) { found.add(e.getMessage()); }
        public void fatalError(SAXParseException e) { found.add(e.getMessage()); }
      });
      v.validate(new DOMSource(doc));
      for (String f : found) System.out.println(name + ": " + f);
    }
  }

  static void strip(Element e, Set<String> ignorable) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = attrs.getLength() - 1; i >= 0; i--) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      if (MC.equals(ns) || (ns != null && ignorable.contains(ns))) e.removeAttributeNode(a);
    }
    for (Node c = e.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c instanceof Element) {
        if (ignorable.contains(c.getNamespaceURI())) e.removeChild(c);
        else strip((Element) c, ignorable);
      }
      c = next;
    }
  }
}
